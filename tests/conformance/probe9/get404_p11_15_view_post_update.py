from django.shortcuts import get_object_or_404
from django.http import HttpResponse
from django.test import RequestFactory
from blog.models import Entry
from django.db import connection

def rate(request, pk):
    entry = get_object_or_404(Entry, pk=pk)
    entry.rating = int(request.POST["rating"])
    entry.save(update_fields=["rating"])
    return HttpResponse(status=204)

resp = rate(RequestFactory().post("/rate/5/", {"rating": "3"}), 5)
result = (resp.status_code, Entry.objects.get(pk=5).rating, [q["sql"] for q in connection.queries])
