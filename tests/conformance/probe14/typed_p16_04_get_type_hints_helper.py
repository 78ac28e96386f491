# typing.get_type_hints on a typed helper: the strings evaluated in the function's globals.
from __future__ import annotations
from typing import Optional, get_type_hints
from blog.models import Blog, Entry

def by_blog(blog: Blog, min_rating: int | None = None, limit: Optional[int] = None) -> list[Entry]:
    qs = Entry.objects.filter(blog=blog)
    if min_rating is not None:
        qs = qs.filter(rating__gte=min_rating)
    return list(qs.order_by("id")[:limit])

hints = get_type_hints(by_blog)
result = (
    sorted(hints),
    hints["blog"] is Blog,
    repr(hints["min_rating"]),
    hints["min_rating"] == Optional[int],
    hints["limit"] == int | None,
    repr(hints["return"]).replace("blog.models.", ""),
    [e.headline for e in by_blog(Blog.objects.get(pk=1), min_rating=5)],
)
