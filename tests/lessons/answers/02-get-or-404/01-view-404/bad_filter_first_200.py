from django.http import HttpResponse

from blog.models import Blog


def blog_detail(request, blog_id):
    blog = Blog.objects.filter(pk=blog_id).first()
    return HttpResponse(blog.name if blog else "")
