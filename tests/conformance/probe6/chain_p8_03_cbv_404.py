from django.views import View
from django.http import JsonResponse, Http404
from django.shortcuts import get_object_or_404
from django.test import RequestFactory
from blog.models import Blog
class BlogDetail(View):
    def get(self, request, pk):
        return JsonResponse({"name": get_object_or_404(Blog, pk=pk).name})
try:
    BlogDetail.as_view()(RequestFactory().get("/b/"), pk=404)
except Http404 as e:
    result = str(e)
