# select_related two levels deep through the M2M through model: entry__blog and author.
from blog.models import Entry

Through = Entry.authors.through
rows = Through.objects.select_related("entry__blog", "author").order_by("id")[:3]
result = [(r.entry.headline, r.entry.blog.name, r.author.name) for r in rows]
