from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.http import JsonResponse
from django.test import RequestFactory
from blog.models import Blog
def blogs(request):
    out = []
    for b in Blog.objects.order_by("id"):
        out.append({"name": b.name, "entries": b.entry_set.count()})
    return JsonResponse(out, safe=False)
with CaptureQueriesContext(connection) as ctx:
    r = blogs(RequestFactory().get("/"))
result = (len(ctx), r.content[:80])
