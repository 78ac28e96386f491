# update() clears the QuerySet's result cache: iterating again re-runs the SELECT.
from blog.models import Entry

qs = Entry.objects.filter(blog_id=4).order_by("id")
before = [e.rating for e in qs]
n = qs.update(rating=1)
after = [e.rating for e in qs]
result = (before, n, after)
