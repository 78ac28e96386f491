from django.views import View
from django.shortcuts import get_object_or_404
from django.http import HttpResponse
from django.test import RequestFactory
from blog.models import Blog

class BlogView(View):
    def get(self, request, pk):
        blog = get_object_or_404(Blog, pk=pk)
        n = blog.entry_set.count()
        return HttpResponse(f"{blog.name}: {n} entries")

view = BlogView.as_view()
rf = RequestFactory()
resp = view(rf.get("/blogs/2/"), pk=2)
resp2 = view(rf.post("/blogs/2/"), pk=2)
result = (resp.status_code, resp.content.decode(), resp2.status_code)
