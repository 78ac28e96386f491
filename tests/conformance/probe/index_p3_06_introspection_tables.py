# connection.introspection.table_names() and the indexes of blog_entry via PRAGMA index_list.
from django.db import connection

with connection.cursor() as c:
    tables = connection.introspection.table_names(c)
    c.execute("PRAGMA index_list('blog_entry')")
    idx = sorted((r[1], r[2]) for r in c.fetchall())
result = ([t for t in tables if t.startswith(("blog_", "books_", "bank_"))], idx)
