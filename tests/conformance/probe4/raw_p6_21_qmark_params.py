from django.db import connection
with connection.cursor() as c:
    try:
        c.execute("SELECT name FROM blog_blog WHERE id = ?", [2])
        result = c.fetchall()
    except Exception as exc:
        result = (type(exc).__name__, str(exc))
