# A view-style function checking what it got with isinstance() against unions.
from __future__ import annotations
from blog.models import Blog, Entry

def describe(obj: Entry | Blog | None) -> str:
    if isinstance(obj, Entry | Blog):
        kind = "entry" if isinstance(obj, Entry) else "blog"
        return "%s:%s" % (kind, obj.pk)
    if isinstance(obj, type(None)):
        return "nothing"
    return "?"

def lookup(key: int | str) -> Entry | Blog | None:
    if isinstance(key, int | float):
        return Entry.objects.filter(pk=key).first()
    return Blog.objects.filter(name=key).first()

result = (
    describe(lookup(1)),
    describe(lookup("Beatles Blog")),
    describe(lookup(999)),
    describe(lookup("nope")),
    isinstance(Entry.objects.first(), Blog | None),
    issubclass(Entry, Blog | Entry),
)
