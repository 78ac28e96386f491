from django.shortcuts import get_object_or_404
from django.http import HttpResponse
from django.test import RequestFactory
from blog.models import Entry

def entry_detail(request, pk):
    entry = get_object_or_404(Entry, pk=pk)
    return HttpResponse(f"{entry.headline} ({entry.rating})")

rf = RequestFactory()
resp = entry_detail(rf.get("/entries/3/"), pk=3)
result = (resp.status_code, resp.content.decode(), resp["Content-Type"])
