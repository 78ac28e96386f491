# get_or_create() matching several rows.
from blog.models import Entry

try:
    Entry.objects.get_or_create(blog_id=1)
    result = "ok"
except Entry.MultipleObjectsReturned as exc:
    result = str(exc)
