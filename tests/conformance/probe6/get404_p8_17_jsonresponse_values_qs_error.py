from django.http import JsonResponse
from blog.models import Blog
JsonResponse({"blogs": Blog.objects.values("name")})
