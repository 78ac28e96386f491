# prefetch_related("authors") makes the m2m loop two queries in all.
from blog.models import Entry

out = []
for e in Entry.objects.filter(blog_id=4).order_by("id").prefetch_related("authors"):
    out.append((e.id, sorted(a.name for a in e.authors.all())))
result = out
