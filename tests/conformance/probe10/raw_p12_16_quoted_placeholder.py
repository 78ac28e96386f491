from django.db import connection
with connection.cursor() as cur:
    try:
        cur.execute("SELECT name FROM blog_blog WHERE name = '%s'", ["Empty Blog"])
        out = cur.fetchall()
    except Exception as exc:
        out = (type(exc).__name__, str(exc))
result = out
