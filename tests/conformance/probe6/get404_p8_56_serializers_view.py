import json
from django.core import serializers
from django.http import HttpResponse
from django.test import RequestFactory
from blog.models import Blog
def export(request):
    data = serializers.serialize("json", Blog.objects.filter(pk__lte=2).order_by("id"), fields=("name",))
    return HttpResponse(data, content_type="application/json")
r = export(RequestFactory().get("/export/"))
result = (r["Content-Type"], json.loads(r.content), r.content[:40])
