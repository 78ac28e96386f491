from blog.models import Entry
try:
    Entry.objects.get(blog_id=2)
except Entry.MultipleObjectsReturned as exc:
    result = str(exc)
