from django.db import connection
with connection.cursor() as cur:
    cur.execute("SELECT id, name FROM blog_blog ORDER BY id")
    one = cur.fetchone()
    two = cur.fetchmany(2)
    rest = cur.fetchall()
    after = cur.fetchone()
result = (one, two, rest, after, type(one).__name__)
