# A view reading request.GET and filtering with it.
from django.http import HttpResponse
from django.test import RequestFactory
from blog.models import Entry


def search(request):
    q = request.GET.get("q", "")
    n = Entry.objects.filter(headline__icontains=q).count()
    return HttpResponse("%d hits for %s" % (n, q))


req = RequestFactory().get("/search/", {"q": "python"})
resp = search(req)
result = (req.method, req.path, req.GET["q"], resp.status_code, resp.content)
