from django.db import connection
with connection.cursor() as c:
    c.execute("PRAGMA index_list(blog_entry_authors)")
    result = sorted((r[1], r[2]) for r in c.fetchall())
