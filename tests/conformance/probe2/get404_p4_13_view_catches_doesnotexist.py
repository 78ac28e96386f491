# A view that catches DoesNotExist itself and returns a 404 response.
from django.http import HttpResponse, HttpResponseNotFound
from django.test import RequestFactory
from blog.models import Entry


def view(request, pk):
    try:
        e = Entry.objects.get(pk=pk)
    except Entry.DoesNotExist:
        return HttpResponseNotFound("no entry %s" % pk)
    return HttpResponse(e.headline)


rf = RequestFactory()
result = [(r.status_code, r.content) for r in (view(rf.get("/e/"), 1), view(rf.get("/e/"), 404))]
