from django.db import connection
with connection.cursor() as c:
    c.execute("SELECT COUNT(*) FROM blog_entry WHERE headline LIKE %s", ["%Django%"])
    result = c.fetchone()
