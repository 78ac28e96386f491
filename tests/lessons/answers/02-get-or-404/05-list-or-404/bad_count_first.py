from django.http import Http404, HttpResponse

from blog.models import Entry


def blog_headlines(request, blog_id):
    entries = Entry.objects.filter(blog_id=blog_id).order_by("id")
    if entries.count() == 0:
        raise Http404("No entries")
    return HttpResponse("\n".join(e.headline for e in entries))
