from django.http import JsonResponse
from django.test import RequestFactory
from blog.models import Entry
from django.db import connection

def entries(request):
    page = int(request.GET.get("page", 1))
    size = int(request.GET.get("size", 5))
    qs = Entry.objects.order_by("id")
    start = (page - 1) * size
    chunk = qs[start:start + size]
    return JsonResponse({"page": page, "ids": [e.id for e in chunk], "total": qs.count()})

rf = RequestFactory()
r = entries(rf.get("/entries/", {"page": "3", "size": "4"}))
result = (r.content.decode(), [q["sql"] for q in connection.queries])
