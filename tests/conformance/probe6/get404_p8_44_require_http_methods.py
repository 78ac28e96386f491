from django.views.decorators.http import require_http_methods, require_GET, require_POST
from django.http import HttpResponse
from django.test import RequestFactory
@require_GET
def a(request):
    return HttpResponse("a")
@require_POST
def b(request):
    return HttpResponse("b")
@require_http_methods(["GET", "PUT"])
def c(request):
    return HttpResponse("c")
rf = RequestFactory()
out = []
for v in (a, b, c):
    for req in (rf.get("/"), rf.post("/"), rf.put("/")):
        r = v(req)
        out.append((v.__name__, req.method, r.status_code, r.get("Allow")))
result = out
