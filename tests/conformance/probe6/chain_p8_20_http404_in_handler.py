from django.http import Http404, HttpResponseNotFound
from django.test import RequestFactory
from blog.models import Blog
def view(request, pk):
    try:
        blog = Blog.objects.get(pk=pk)
    except Blog.DoesNotExist:
        raise Http404("No blog with id %s" % pk)
    return blog
def handle(view, *args):
    try:
        return view(RequestFactory().get("/"), *args)
    except Http404 as e:
        return HttpResponseNotFound(str(e))
r = handle(view, 77)
result = (r.status_code, r.content, handle(view, 1))
