from django.http import Http404, HttpResponse

from blog.models import Blog


def blog_detail(request, blog_id):
    try:
        blog = Blog.objects.get(pk=blog_id)
    except Blog.DoesNotExist:
        raise Http404("No such blog")
    return HttpResponse(blog.name)
