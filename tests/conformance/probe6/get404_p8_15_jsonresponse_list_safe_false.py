from django.http import JsonResponse
from blog.models import Blog
r = JsonResponse(list(Blog.objects.values("id", "name").order_by("id")[:3]), safe=False)
result = r.content
