from django.test import RequestFactory
from django.http import JsonResponse, HttpResponseNotAllowed
from blog.models import Blog
def create(request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    b = Blog.objects.create(name=request.POST["name"], tagline=request.POST.get("tagline", ""))
    return JsonResponse({"id": b.id, "name": b.name}, status=201)
rf = RequestFactory()
a = create(rf.get("/blogs/new/"))
c = create(rf.post("/blogs/new/", {"name": "New"}))
result = (a.status_code, a["Allow"], repr(a), c.status_code, c.content)
