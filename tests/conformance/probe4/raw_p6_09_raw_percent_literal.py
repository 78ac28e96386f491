from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("SELECT COUNT(*) FROM blog_entry WHERE headline LIKE '%%Django%%'")
    result = cursor.fetchone()[0]
