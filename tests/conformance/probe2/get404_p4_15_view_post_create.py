# A POST view creating a row from request.POST.
from django.http import JsonResponse
from django.test import RequestFactory
from blog.models import Blog


def view(request):
    b = Blog.objects.create(name=request.POST["name"], tagline=request.POST.get("tagline", ""))
    return JsonResponse({"id": b.id, "name": b.name}, status=201)


r = view(RequestFactory().post("/blogs/", {"name": "Posted"}))
result = (r.status_code, r.content, RequestFactory().post("/x/").method)
