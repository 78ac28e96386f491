from django.http import Http404, HttpResponse

from blog.models import Blog


def blog_by_name(name):
    return Blog.objects.filter(name=name).first()


def blog_tagline(request, name):
    blog = blog_by_name(name)
    if blog is None:
        raise Http404("no such blog")
    return HttpResponse(blog.tagline)
