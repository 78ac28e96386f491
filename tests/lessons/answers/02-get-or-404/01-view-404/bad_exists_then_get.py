from django.http import HttpResponse
from django.shortcuts import get_object_or_404

from blog.models import Blog


def blog_detail(request, blog_id):
    if not Blog.objects.filter(pk=blog_id).exists():
        return HttpResponse("Not Found", status=404)
    return HttpResponse(get_object_or_404(Blog, pk=blog_id).name)
