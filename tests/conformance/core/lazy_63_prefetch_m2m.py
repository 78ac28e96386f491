# prefetch_related on a M2M: one query for entries, one for authors.
from blog.models import Entry

out = []
for e in Entry.objects.filter(blog_id=4).order_by("id").prefetch_related("authors"):
    out.append((e.id, [a.name for a in e.authors.all()]))
result = out
