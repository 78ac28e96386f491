from django.shortcuts import get_object_or_404
from django.test import RequestFactory
from blog.models import Blog

def blog_view(request, name):
    blog = get_object_or_404(Blog, name__iexact=name)
    return blog.name

result = blog_view(RequestFactory().get("/b/"), "no such blog")
