# update() returns the number of rows; the evaluated QuerySet keeps stale objects until re-fetched.
from blog.models import Entry

qs = Entry.objects.filter(blog_id=3).order_by("id")
old = [e.rating for e in qs]
n = qs.update(rating=0)
new = [e.rating for e in qs]
result = (n, old == new, set(new))
