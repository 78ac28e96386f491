# Dataclasses built from a values().annotate() grouping.
from dataclasses import dataclass, asdict
from django.db.models import Count, Avg
from blog.models import Entry

@dataclass
class BlogStats:
    blog_id: int
    n: int
    avg: float

rows = Entry.objects.values("blog_id").annotate(n=Count("id"), avg=Avg("rating")).order_by("blog_id")
result = [asdict(BlogStats(**r)) for r in rows]
