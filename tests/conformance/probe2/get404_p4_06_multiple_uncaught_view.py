# MultipleObjectsReturned from get_object_or_404 is not turned into a 404.
from django.shortcuts import get_object_or_404
from django.test import RequestFactory
from django.http import JsonResponse
from blog.models import Entry


def view(request, blog_id):
    e = get_object_or_404(Entry, blog_id=blog_id)
    return JsonResponse({"id": e.id})


try:
    view(RequestFactory().get("/"), 1)
    result = "ok"
except Entry.MultipleObjectsReturned as exc:
    result = (type(exc).__qualname__, str(exc))
