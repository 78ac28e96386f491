from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("SELECT id, name FROM blog_blog ORDER BY id LIMIT 2")
    cols = [c[0] for c in cursor.description]
    rows = [dict(zip(cols, r)) for r in cursor.fetchall()]
result = rows
