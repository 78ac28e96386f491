from django.test import RequestFactory
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.db.models import Avg, Count, Max
from books.models import Publisher

def publisher_stats(request, pk):
    pub = get_object_or_404(Publisher, pk=pk)
    stats = pub.book_set.aggregate(n=Count("id"), avg=Avg("price"), best=Max("rating"))
    return JsonResponse({"name": pub.name, **stats})

rf = RequestFactory()
r1 = publisher_stats(rf.get("/p/1/"), 1)
try:
    publisher_stats(rf.get("/p/9/"), 9)
    r2 = None
except Exception as exc:
    r2 = (type(exc).__name__, str(exc))
result = (r1.status_code, r1.content.decode(), r2)
