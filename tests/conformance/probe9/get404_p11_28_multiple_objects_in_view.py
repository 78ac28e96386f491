from django.shortcuts import get_object_or_404
from django.test import RequestFactory
from blog.models import Entry

def view(request):
    return get_object_or_404(Entry, blog__name=request.GET["blog"])

try:
    view(RequestFactory().get("/", {"blog": "Cheddar Talk"}))
except Entry.MultipleObjectsReturned as exc:
    result = str(exc)
