# EXPLAIN QUERY PLAN through a cursor: rows of (id, parent, notused, detail).
from django.db import connection

with connection.cursor() as c:
    c.execute("EXPLAIN QUERY PLAN SELECT * FROM blog_entry_authors WHERE author_id = %s", [3])
    result = c.fetchall()
