# typing annotations on a helper returning a QuerySet.
from typing import Optional
from django.db.models import QuerySet
from blog.models import Entry

def recent(limit: int = 3, blog_id: Optional[int] = None) -> "QuerySet[Entry]":
    qs = Entry.objects.order_by("-pub_date")
    if blog_id is not None:
        qs = qs.filter(blog_id=blog_id)
    return qs[:limit]

result = ([e.pk for e in recent(2, 1)], recent.__annotations__["limit"].__name__)
