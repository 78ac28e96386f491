# get_type_hints on the methods of a plain class whose annotations name models and the class itself.
from __future__ import annotations
from typing import get_type_hints
from blog.models import Blog, Entry

class BlogCard:
    blog: Blog
    latest: Entry | None
    count: int

    def __init__(self, blog: Blog, latest: Entry | None, count: int) -> None:
        self.blog, self.latest, self.count = blog, latest, count

    @classmethod
    def build(cls, blog: Blog) -> BlogCard:
        qs = Entry.objects.filter(blog=blog)
        return cls(blog, qs.order_by("-pub_date", "-id").first(), qs.count())

cards = [BlogCard.build(b) for b in Blog.objects.order_by("id")[:2]]
hints = get_type_hints(BlogCard.__init__)
build_hints = get_type_hints(BlogCard.build)
result = (
    [(c.blog.name, c.latest.headline if c.latest else None, c.count) for c in cards],
    sorted(hints),
    hints['return'],
    hints["blog"] is Blog,
    hints["latest"] == Entry | None,
    build_hints["return"] is BlogCard,
    BlogCard.__annotations__,
    BlogCard.build.__annotations__,
)
