from django.db import connection

def dictfetchall(cursor):
    columns = [col[0] for col in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]

with connection.cursor() as cursor:
    cursor.execute("SELECT b.name, COUNT(e.id) AS n FROM blog_blog b LEFT JOIN blog_entry e ON e.blog_id = b.id GROUP BY b.id ORDER BY n DESC, b.name")
    rows = dictfetchall(cursor)
result = (rows, connection.queries[-1]["sql"])
