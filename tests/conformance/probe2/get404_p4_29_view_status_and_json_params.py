# JsonResponse with json_dumps_params and a status.
from django.http import JsonResponse
from django.test import RequestFactory
from django.shortcuts import get_object_or_404
from blog.models import Blog


def view(request, pk):
    b = get_object_or_404(Blog, pk=pk)
    return JsonResponse({"name": b.name, "n": b.entry_set.count()}, status=200, json_dumps_params={"indent": 1})


r = view(RequestFactory().get("/b/1/"), 1)
result = (r.status_code, r.content)
