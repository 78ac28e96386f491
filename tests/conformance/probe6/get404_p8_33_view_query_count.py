from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.test import RequestFactory
from django.http import JsonResponse
from blog.models import Entry
def entries(request):
    qs = Entry.objects.select_related("blog").order_by("id")[:3]
    return JsonResponse({"entries": [{"h": e.headline, "blog": e.blog.name} for e in qs]})
with CaptureQueriesContext(connection) as ctx:
    r = entries(RequestFactory().get("/entries/"))
result = (len(ctx), r.status_code, r.content[:60])
