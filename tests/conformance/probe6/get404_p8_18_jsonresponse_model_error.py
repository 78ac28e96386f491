from django.http import JsonResponse
from blog.models import Blog
JsonResponse({"blog": Blog.objects.get(pk=1)})
