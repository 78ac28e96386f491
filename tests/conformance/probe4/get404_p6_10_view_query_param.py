from django.test import RequestFactory
from django.http import HttpResponse, HttpResponseNotFound
from blog.models import Entry

def search(request):
    q = request.GET.get("q", "")
    qs = Entry.objects.filter(headline__icontains=q)
    if not qs.exists():
        return HttpResponseNotFound("nothing")
    return HttpResponse(", ".join(str(e.id) for e in qs.order_by("id")[:3]))

rf = RequestFactory()
a = search(rf.get("/search/", {"q": "django"}))
b = search(rf.get("/search/?q=zzz"))
result = (a.status_code, a.content, b.status_code, b.content)
