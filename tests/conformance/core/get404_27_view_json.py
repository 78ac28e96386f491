# A JSON view: status, content and Content-Type header.
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.test import RequestFactory
from blog.models import Blog


def blog_detail(request, pk):
    blog = get_object_or_404(Blog, pk=pk)
    return JsonResponse({"id": blog.id, "name": blog.name, "entries": blog.entry_set.count()})


resp = blog_detail(RequestFactory().get("/blogs/4/"), 4)
result = (resp.status_code, resp.content, resp["Content-Type"])
