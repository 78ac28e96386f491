from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("SELECT name FROM blog_blog WHERE id = %(id)s", {"id": 3})
    result = cursor.fetchall()
