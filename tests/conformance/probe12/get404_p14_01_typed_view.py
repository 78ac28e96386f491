# A typed function view with get_object_or_404.
from django.http import HttpRequest, HttpResponse, Http404
from django.shortcuts import get_object_or_404
from blog.models import Blog

def blog_detail(request: HttpRequest, pk: int) -> HttpResponse:
    blog = get_object_or_404(Blog, pk=pk)
    return HttpResponse(blog.name)

req = HttpRequest()
ok = blog_detail(req, 3)
try:
    blog_detail(req, 99)
except Http404 as exc:
    missing = str(exc)
result = (ok.status_code, ok.content, missing)
