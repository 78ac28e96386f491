# A typed builder class returning self-chained QuerySets.
from __future__ import annotations
from typing import Optional
from blog.models import Entry

class EntryFilter:
    def __init__(self) -> None:
        self.qs = Entry.objects.all()
    def by_blog(self, blog_id: Optional[int]) -> EntryFilter:
        if blog_id:
            self.qs = self.qs.filter(blog_id=blog_id)
        return self
    def rated(self, at_least: int) -> EntryFilter:
        self.qs = self.qs.filter(rating__gte=at_least)
        return self

f = EntryFilter().by_blog(2).rated(8).by_blog(None)
result = (str(f.qs.query), f.qs.count())
