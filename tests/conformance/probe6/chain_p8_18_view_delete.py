from django.test import RequestFactory
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from blog.models import Entry
def delete_entry(request, pk):
    if request.method == "DELETE":
        entry = get_object_or_404(Entry, pk=pk)
        n, per_model = entry.delete()
        return HttpResponse(status=204)
    return HttpResponse(status=405)
rf = RequestFactory()
a = delete_entry(rf.delete("/e/5/"), 5)
b = delete_entry(rf.get("/e/5/"), 5)
result = (a.status_code, a.content, b.status_code, Entry.objects.filter(pk=5).exists())
