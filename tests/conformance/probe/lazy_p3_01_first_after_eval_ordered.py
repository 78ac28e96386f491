# first() on an evaluated, ordered QuerySet slices the result cache: no second query.
from blog.models import Entry

qs = Entry.objects.filter(blog_id=2).order_by("pub_date")
n = len(qs)
f = qs.first()
result = (n, f.id)
