from django.test import RequestFactory
from django.http import HttpResponseBadRequest, JsonResponse
from blog.models import Entry
def view(request):
    try:
        n = int(request.GET.get("limit", "3"))
    except ValueError:
        return HttpResponseBadRequest("limit must be an integer")
    return JsonResponse({"ids": list(Entry.objects.order_by("id").values_list("id", flat=True)[:n])})
rf = RequestFactory()
result = [(r.status_code, r.content) for r in (view(rf.get("/", {"limit": "x"})), view(rf.get("/", {"limit": 2})), view(rf.get("/")))]
