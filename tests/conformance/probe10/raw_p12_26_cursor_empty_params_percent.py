from django.db import connection
with connection.cursor() as cur:
    cur.execute("SELECT '50%'", ())
    a = cur.fetchone()
    cur.execute("SELECT '10%%'", [])
    b = cur.fetchone()
result = (a, b, [q["sql"] for q in connection.queries])
