from django.shortcuts import get_object_or_404
from django.test import RequestFactory
from blog.models import Blog
def blog_detail(request, pk):
    blog = get_object_or_404(Blog, pk=pk)
    return blog.name
blog_detail(RequestFactory().get("/blogs/999/"), 999)
