from django.shortcuts import get_object_or_404
from django.http import Http404
from blog.models import Entry, Blog

def latest_for(blog_id):
    blog = get_object_or_404(Blog, pk=blog_id)
    try:
        return blog.entry_set.latest("pub_date").headline
    except Entry.DoesNotExist as exc:
        raise Http404(f"{blog.name} has no entries") from exc

out = []
for bid in (2, 5, 6):
    try:
        out.append(latest_for(bid))
    except Http404 as exc:
        out.append(("404", str(exc)))
result = out
