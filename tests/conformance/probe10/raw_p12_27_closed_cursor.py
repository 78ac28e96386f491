from django.db import connection
cur = connection.cursor()
cur.execute("SELECT 1")
first = cur.fetchone()
cur.close()
try:
    cur.execute("SELECT 2")
    out = cur.fetchone()
except Exception as exc:
    out = (type(exc).__name__, str(exc))
result = (first, out)
