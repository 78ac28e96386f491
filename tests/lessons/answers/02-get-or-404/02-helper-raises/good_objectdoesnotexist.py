from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404, HttpResponse

from blog.models import Blog


def blog_by_name(name):
    blog = Blog.objects.filter(name=name).first()
    if blog is None:
        raise Blog.DoesNotExist("No blog named %r" % name)
    return blog


def blog_tagline(request, name):
    try:
        return HttpResponse(blog_by_name(name).tagline)
    except ObjectDoesNotExist:
        raise Http404("no such blog")
