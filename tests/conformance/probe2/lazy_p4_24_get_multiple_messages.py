# MultipleObjectsReturned: the count up to 20, "more than 20" past it.
from blog.models import Entry

out = []
for qs in (Entry.objects.filter(blog_id=2), Entry.objects.all()):
    try:
        qs.get()
    except Entry.MultipleObjectsReturned as exc:
        out.append(str(exc))
result = out
