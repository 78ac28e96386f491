# A view reading request.GET and filtering with get_list_or_404.
from django.http import Http404, JsonResponse
from django.shortcuts import get_list_or_404
from django.test import RequestFactory
from blog.models import Entry


def view(request):
    rating = int(request.GET.get("rating", "0"))
    entries = get_list_or_404(Entry.objects.order_by("id"), rating__gte=rating)
    return JsonResponse({"ids": [e.id for e in entries][:5], "q": request.GET.urlencode()})


rf = RequestFactory()
out = []
for params in ({"rating": 9}, {"rating": 11}):
    try:
        r = view(rf.get("/entries/", params))
        out.append((r.status_code, r.content))
    except Http404 as exc:
        out.append(("404", str(exc)))
result = out
