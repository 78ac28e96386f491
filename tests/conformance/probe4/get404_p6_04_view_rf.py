from django.shortcuts import get_object_or_404
from django.test import RequestFactory
from django.http import HttpResponse, Http404
from blog.models import Blog

def blog_detail(request, pk):
    blog = get_object_or_404(Blog, pk=pk)
    return HttpResponse(f"<h1>{blog.name}</h1>")

rf = RequestFactory()
r = blog_detail(rf.get("/blogs/1/"), 1)
try:
    blog_detail(rf.get("/blogs/99/"), 99)
except Http404 as exc:
    msg = str(exc)
result = (r.status_code, r.content, r["Content-Type"], msg)
