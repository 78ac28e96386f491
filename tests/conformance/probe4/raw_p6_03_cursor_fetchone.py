from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("SELECT COUNT(*), MAX(rating) FROM blog_entry WHERE blog_id = %s", [2])
    row = cursor.fetchone()
result = row
