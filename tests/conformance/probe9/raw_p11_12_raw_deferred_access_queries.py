from blog.models import Entry
from django.db import connection
rows = list(Entry.objects.raw("SELECT id, headline FROM blog_entry WHERE blog_id = %s ORDER BY id", [4]))
n = len(connection.queries)
ratings = [e.rating for e in rows]
result = (ratings, len(connection.queries) - n, sorted(rows[0].get_deferred_fields()))
