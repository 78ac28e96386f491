from django.db import connection
with connection.cursor() as cur:
    cur.execute("SELECT name FROM blog_author WHERE id BETWEEN %(lo)s AND %(hi)s ORDER BY id", {"lo": 2, "hi": 4})
    rows = cur.fetchall()
result = (rows, connection.queries[-1]["sql"])
