# A generator function wrapping iterator(chunk_size=2): one SELECT, rows yielded lazily.
from blog.models import Entry

def headlines(qs):
    for entry in qs.iterator(chunk_size=2):
        yield entry.headline

gen = headlines(Entry.objects.filter(blog_id=3).order_by("id"))
before = type(gen).__name__
result = (before, list(gen))
