# values().annotate() on Entry with order_by() cleared.
from django.db.models import Avg
from blog.models import Entry

qs = Entry.objects.values("blog_id").annotate(avg=Avg("rating")).order_by()
result = (sorted((r["blog_id"], r["avg"]) for r in qs), str(qs.query))
