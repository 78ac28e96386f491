from django.shortcuts import redirect
from blog.models import Blog
try:
    redirect("blog-list")
except Exception as e:
    a = (type(e).__name__, str(e))
try:
    redirect(Blog.objects.get(pk=1))
except Exception as e:
    b = (type(e).__name__, str(e))
result = (a, b, redirect("../up").url, redirect("www.example.com").url)
