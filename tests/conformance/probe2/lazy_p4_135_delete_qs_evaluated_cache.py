# delete() on an evaluated QuerySet uses the same query; the QuerySet is empty afterwards.
from blog.models import Entry

qs = Entry.objects.filter(blog_id=3)
n = len(qs)
r = qs.delete()
result = (n, r, list(qs), qs.count())
