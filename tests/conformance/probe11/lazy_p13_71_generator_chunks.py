# A generator yielding pages of a QuerySet: each page is one LIMIT/OFFSET query.
from blog.models import Entry


def pages(qs, size):
    start = 0
    while True:
        chunk = list(qs[start:start + size])
        if not chunk:
            return
        yield [e.id for e in chunk]
        start += size


result = list(pages(Entry.objects.filter(blog_id=4).order_by("id"), 4))
