# A typed statistics helper over a QuerySet, returning dict[str, float | None].
from __future__ import annotations
from django.db.models import Avg, Max, QuerySet
from blog.models import Entry

def stats(qs: QuerySet[Entry]) -> dict[str, float | int | None]:
    return qs.aggregate(avg=Avg("rating"), top=Max("rating"))

result = (stats(Entry.objects.filter(blog_id=1)), stats(Entry.objects.none()), stats.__annotations__["return"])
