# Indexing a RawQuerySet runs the whole query (no LIMIT is added).
from blog.models import Entry

rs = Entry.objects.raw("SELECT * FROM blog_entry WHERE blog_id = %s ORDER BY id", [3])
result = (rs[1].id, rs[0].id)
