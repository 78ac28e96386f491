from django.http import JsonResponse
from django.test import RequestFactory
from django.db.models import Count
from blog.models import Blog
def stats(request):
    data = list(Blog.objects.annotate(n=Count("entry")).order_by("-n", "id").values("name", "n")[:3])
    return JsonResponse({"data": data})
result = stats(RequestFactory().get("/")).content
