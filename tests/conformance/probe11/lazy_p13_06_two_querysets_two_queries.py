# Two separate QuerySet objects with the same filter do not share a cache: two queries.
from blog.models import Entry

a = [e.id for e in Entry.objects.filter(blog_id=3)]
b = [e.id for e in Entry.objects.filter(blog_id=3)]
result = (a == b, len(a))
