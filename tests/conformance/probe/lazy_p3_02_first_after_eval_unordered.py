# first() on an evaluated but unordered QuerySet adds ORDER BY pk: a new query.
from blog.models import Entry

qs = Entry.objects.filter(blog_id=2)
n = len(qs)
f = qs.first()
result = (n, f.id, qs.ordered)
