# A stepped slice of an evaluated QuerySet reads the cache: no new query.
from blog.models import Entry

qs = Entry.objects.filter(blog_id=2).order_by("-id")
list(qs)
result = [e.id for e in qs[::2]]
