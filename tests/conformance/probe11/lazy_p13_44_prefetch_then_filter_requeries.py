# Filtering a prefetched relation ignores the prefetch cache: a query per entry again.
from blog.models import Entry

out = []
for e in Entry.objects.filter(blog_id=4).order_by("id").prefetch_related("authors"):
    out.append(e.authors.filter(name__startswith="J").count())
result = out
