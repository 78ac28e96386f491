from django.shortcuts import get_object_or_404
from blog.models import Blog
result = get_object_or_404(Blog.objects, name__icontains="beatles")
