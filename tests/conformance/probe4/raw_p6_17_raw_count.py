from blog.models import Entry
qs = Entry.objects.raw("SELECT * FROM blog_entry WHERE blog_id = %s", [4])
try:
    n = qs.count()
except AttributeError as exc:
    n = str(exc)
result = (n, len(list(qs)))
