from django.test import RequestFactory
from django.http import HttpResponse
from blog.models import Entry
def entries(request):
    return HttpResponse("\n".join("%s: %s" % (e.headline, e.blog.name) for e in Entry.objects.order_by("id")[:4]))
result = entries(RequestFactory().get("/")).content
