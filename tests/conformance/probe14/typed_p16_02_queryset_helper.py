# A QuerySet helper annotated with `QuerySet[Entry] | None`, called with and without a queryset.
from __future__ import annotations
from django.db.models import QuerySet
from blog.models import Entry

def top_headlines(qs: QuerySet[Entry] | None = None, n: int = 3) -> list[str]:
    if qs is None:
        qs = Entry.objects.all()
    return list(qs.order_by("-rating", "id").values_list("headline", flat=True)[:n])

result = (top_headlines(), top_headlines(Entry.objects.filter(blog_id=2), n=2), top_headlines.__annotations__)
