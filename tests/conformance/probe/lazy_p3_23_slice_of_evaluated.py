# Slicing and indexing an evaluated QuerySet read the cache and return a list / instance.
from blog.models import Entry

qs = Entry.objects.filter(blog_id=2).order_by("id")
list(qs)
s = qs[1:3]
result = (type(s).__name__, [e.id for e in s], qs[0].id)
