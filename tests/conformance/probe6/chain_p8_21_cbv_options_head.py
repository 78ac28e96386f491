from django.views import View
from django.http import HttpResponse
from django.test import RequestFactory
class V(View):
    http_method_names = ["get", "post", "options", "head"]
    def get(self, request):
        return HttpResponse("g")
rf = RequestFactory()
o = V.as_view()(rf.options("/"))
h = V.as_view()(rf.head("/"))
d = V.as_view()(rf.delete("/"))
result = (o.status_code, o["Allow"], o["Content-Length"], h.content, d.status_code, d["Allow"])
