# A list view returning a JSON list needs safe=False; get_list_or_404 gives 404 when empty.
from django.shortcuts import get_list_or_404
from django.http import Http404, JsonResponse
from django.test import RequestFactory
from blog.models import Entry


def entries(request, blog_id):
    rows = get_list_or_404(Entry.objects.order_by("id"), blog_id=blog_id)
    return JsonResponse([e.id for e in rows], safe=False)


rf = RequestFactory()
out = []
for bid in (4, 5):
    try:
        r = entries(rf.get("/b/"), bid)
        out.append((r.status_code, r.content))
    except Http404 as exc:
        out.append((404, str(exc)))
result = out
