# Django's SQLite cursor turns %s into ?, and a literal ? passes through to sqlite3.
from django.db import connection

with connection.cursor() as c:
    c.execute("SELECT name FROM blog_blog WHERE id = %s", [2])
    a = c.fetchone()
    c.execute("SELECT name FROM blog_blog WHERE id = ?", [3])
    b = c.fetchone()
result = (a, b)
