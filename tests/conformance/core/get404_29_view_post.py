# A POST view creating a row.
from django.http import JsonResponse
from django.test import RequestFactory
from blog.models import Blog


def create_blog(request):
    b = Blog.objects.create(name=request.POST["name"], tagline=request.POST.get("tagline", ""))
    return JsonResponse({"id": b.pk}, status=201)


req = RequestFactory().post("/blogs/", {"name": "Posted"})
resp = create_blog(req)
result = (req.method, resp.status_code, resp.content, Blog.objects.filter(name="Posted").count())
