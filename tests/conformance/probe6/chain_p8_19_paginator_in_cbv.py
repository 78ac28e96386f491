from django.views import View
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.test import RequestFactory
from blog.models import Blog
class BlogList(View):
    per_page = 2
    def get(self, request):
        page = Paginator(Blog.objects.order_by("id"), self.per_page).get_page(request.GET.get("page", 1))
        return JsonResponse({"names": [b.name for b in page], "has_next": page.has_next()})
result = BlogList.as_view()(RequestFactory().get("/", {"page": 2})).content
