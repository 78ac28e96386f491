from django.db import connection, reset_queries
from blog.models import Entry
reset_queries()
rows = list(Entry.objects.raw("SELECT id, headline FROM blog_entry WHERE blog_id = %s ORDER BY id", [1])[:2])
first = len(connection.queries)
vals = [(e.headline, e.rating) for e in rows]
result = (vals, first, len(connection.queries), connection.queries[-1]["sql"], sorted(rows[0].get_deferred_fields())[:3])
