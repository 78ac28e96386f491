from django.shortcuts import get_object_or_404
from django.http import Http404, HttpResponse, HttpResponseNotFound
from django.test import RequestFactory
from blog.models import Entry

def entry_detail(request, pk):
    try:
        entry = get_object_or_404(Entry, pk=pk)
    except Http404 as exc:
        return HttpResponseNotFound(str(exc))
    return HttpResponse(entry.headline)

resp = entry_detail(RequestFactory().get("/entries/999/"), 999)
result = (resp.status_code, resp.content, resp.reason_phrase)
