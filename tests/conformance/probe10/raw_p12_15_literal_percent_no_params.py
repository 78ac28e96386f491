from django.db import connection
with connection.cursor() as cur:
    cur.execute("SELECT '50%'")
    a = cur.fetchone()
    try:
        cur.execute("SELECT '50%', %s", [1])
        b = cur.fetchone()
    except Exception as exc:
        b = (type(exc).__name__, str(exc))
result = (a, b)
