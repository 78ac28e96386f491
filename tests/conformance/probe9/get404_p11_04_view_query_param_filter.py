from django.shortcuts import get_list_or_404
from django.http import JsonResponse
from django.test import RequestFactory
from blog.models import Entry
from django.db import connection

def search(request):
    q = request.GET.get("q", "")
    min_rating = int(request.GET.get("min", 0))
    entries = get_list_or_404(Entry.objects.order_by("id"), headline__icontains=q, rating__gte=min_rating)
    return JsonResponse({"ids": [e.id for e in entries], "n": len(entries)})

rf = RequestFactory()
resp = search(rf.get("/search/", {"q": "lennon", "min": "8"}))
result = (resp.status_code, resp.content.decode(), connection.queries[-1]["sql"])
