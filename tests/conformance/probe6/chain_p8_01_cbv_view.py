from django.views import View
from django.http import HttpResponse
from django.test import RequestFactory
from blog.models import Blog
class BlogCount(View):
    def get(self, request):
        return HttpResponse(str(Blog.objects.count()))
view = BlogCount.as_view()
rf = RequestFactory()
r = view(rf.get("/"))
p = view(rf.post("/"))
result = (r.status_code, r.content, p.status_code, p["Allow"], repr(p))
