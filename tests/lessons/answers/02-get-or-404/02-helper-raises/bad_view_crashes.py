from django.http import HttpResponse

from blog.models import Blog


def blog_by_name(name):
    return Blog.objects.get(name=name)


def blog_tagline(request, name):
    return HttpResponse(blog_by_name(name).tagline)
