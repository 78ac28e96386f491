from django.core.paginator import Paginator
from django.http import JsonResponse
from django.test import RequestFactory
from blog.models import Entry
def entry_list(request):
    paginator = Paginator(Entry.objects.order_by("id"), 4)
    page = paginator.get_page(request.GET.get("page"))
    return JsonResponse({"page": page.number, "of": paginator.num_pages, "ids": [e.id for e in page]})
rf = RequestFactory()
result = [entry_list(rf.get("/e/", {"page": p})).content for p in ("2", "x", "100")] + [entry_list(rf.get("/e/")).content]
