from django.http import Http404, HttpResponse

from blog.models import Entry


def blog_headlines(request, blog_id):
    headlines = list(Entry.objects.filter(blog_id=blog_id).order_by("id")
                     .values_list("headline", flat=True))
    if not headlines:
        raise Http404("No entries")
    return HttpResponse("\n".join(headlines))
