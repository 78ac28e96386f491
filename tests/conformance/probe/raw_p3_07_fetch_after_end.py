# fetchone() after the last row returns None; fetchall() then returns [].
from django.db import connection

with connection.cursor() as c:
    c.execute("SELECT id FROM blog_blog WHERE id <= 2 ORDER BY id")
    rows = [c.fetchone(), c.fetchone(), c.fetchone(), c.fetchall()]
result = rows
