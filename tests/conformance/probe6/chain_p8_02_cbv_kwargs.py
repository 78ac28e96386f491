from django.views import View
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.test import RequestFactory
from blog.models import Blog
class BlogDetail(View):
    greeting = "hi"
    def get(self, request, pk):
        b = get_object_or_404(Blog, pk=pk)
        return JsonResponse({"name": b.name, "greeting": self.greeting, "kw": self.kwargs})
view = BlogDetail.as_view(greeting="hello")
result = view(RequestFactory().get("/b/1/"), pk=1).content
