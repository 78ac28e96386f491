# A view calling get_object_or_404 for several ids.
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.test import RequestFactory
from blog.models import Blog


def view(request):
    ids = [int(x) for x in request.GET.getlist("id")]
    names = [get_object_or_404(Blog, pk=i).name for i in ids]
    return HttpResponse(", ".join(names))


rf = RequestFactory()
out = []
for q in ("?id=1&id=2", "?id=3&id=99&id=4"):
    try:
        out.append(view(rf.get("/b/" + q)).content)
    except Http404 as exc:
        out.append(str(exc))
result = out
