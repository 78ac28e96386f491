from django.db import connection
try:
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM blog_blog WHERE id = %s AND name = %s", [1])
except Exception as exc:
    result = (type(exc).__name__, str(exc))
