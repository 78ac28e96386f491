from django.db import connection
with connection.cursor() as cur:
    cur.execute("SELECT %s + %s, %s || %s", (1, 2, "a", "b"))
    r = cur.fetchone()
    cur.execute("SELECT %s, %s", [None, 1.5])
    r2 = cur.fetchone()
result = (r, r2, connection.queries[-1]["sql"])
