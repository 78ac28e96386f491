from django.db import connection
with connection.cursor() as cur:
    cur.execute("SELECT id FROM blog_author ORDER BY id")
    a = cur.fetchmany()
    cur.arraysize = 3
    b = cur.fetchmany()
    c = cur.fetchmany(size=10)
result = (a, b, c)
