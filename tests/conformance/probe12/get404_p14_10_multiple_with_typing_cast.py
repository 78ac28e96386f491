# typing.cast around a get() that returns several rows.
from typing import cast
from blog.models import Entry

try:
    cast(Entry, Entry.objects.get(blog_id=4))
except Entry.MultipleObjectsReturned as exc:
    result = str(exc)
