from django.shortcuts import get_object_or_404, get_list_or_404
from django.test import RequestFactory
from django.http import JsonResponse
from blog.models import Blog, Entry

def entries(request, blog_id):
    blog = get_object_or_404(Blog, id=blog_id)
    items = get_list_or_404(Entry.objects.order_by("id"), blog=blog)
    return JsonResponse({"blog": blog.name, "ids": [e.id for e in items][:3]})

resp = entries(RequestFactory().get("/"), 4)
result = (resp.status_code, resp.content)
