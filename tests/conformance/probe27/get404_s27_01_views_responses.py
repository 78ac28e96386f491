# Views called with RequestFactory: responses, headers, JSON, 404s.
import json
from django.test import RequestFactory
from django.http import JsonResponse, HttpResponse, Http404, HttpResponseNotFound, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from blog.models import Entry, Blog

def detail(request, pk):
    e = get_object_or_404(Entry, pk=pk)
    return JsonResponse({"headline": e.headline, "rating": e.rating, "date": e.pub_date})

def listing(request):
    n = int(request.GET.get("n", "2"))
    data = list(Entry.objects.order_by("pk").values("pk", "headline")[:n])
    return JsonResponse(data, safe=False)

rf = RequestFactory()
r = detail(rf.get("/e/1/"), 1)
print(r.status_code, r["Content-Type"], r.content[:60], json.loads(r.content)["rating"])
r2 = listing(rf.get("/e/", {"n": "3"}))
print(r2.status_code, len(json.loads(r2.content)), r2.charset, r2.has_header("content-type"))
try:
    detail(rf.get("/e/999/"), 999)
except Http404 as e:
    print("Http404", e)
try:
    JsonResponse([1, 2])
except TypeError as e:
    print("TypeError", e)
h = HttpResponse("hi", status=201, headers={"X-Count": "3"})
print(h.status_code, h.reason_phrase, h["X-Count"], h.content, repr(h))
print(repr(HttpResponseNotFound("nope")), HttpResponseRedirect("/x/").url, HttpResponseRedirect("/x/").status_code)
req = rf.post("/e/", {"a": "1", "b": ["2", "3"]})
print(req.method, req.path, req.POST["a"], req.POST.getlist("b"), dict(req.GET), req.content_type)
req2 = rf.get("/s/?q=django&page=2")
print(req2.GET["q"], req2.GET.get("page"), req2.get_full_path(), req2.build_absolute_uri())
result = r.status_code
