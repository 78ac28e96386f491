from django.test import RequestFactory
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404
from django.db.models import F
from blog.models import Entry

def like(request, pk):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    Entry.objects.filter(pk=pk).update(number_of_pingbacks=F("number_of_pingbacks") + 1)
    e = get_object_or_404(Entry, pk=pk)
    return HttpResponse(str(e.number_of_pingbacks))

rf = RequestFactory()
a = like(rf.get("/"), 1)
b = like(rf.post("/"), 1)
result = (a.status_code, a["Allow"], b.status_code, b.content)
