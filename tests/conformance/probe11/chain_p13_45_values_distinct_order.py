# values().distinct() with ordering on another field adds it to the SELECT.
from blog.models import Entry

qs = Entry.objects.values("blog_id").distinct().order_by("-rating")
result = (str(qs.query), len(list(qs)))
