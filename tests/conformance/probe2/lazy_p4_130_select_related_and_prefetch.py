# select_related plus prefetch_related: two queries.
from blog.models import Entry

es = list(Entry.objects.select_related("blog").prefetch_related("authors").filter(blog_id=2).order_by("id")[:3])
result = [(e.blog.name, len(e.authors.all())) for e in es]
