from django.db import connection
with connection.cursor() as c:
    c.execute("SELECT id FROM blog_entry ORDER BY id")
    a = c.fetchmany(3)
    b = c.fetchone()
result = (a, b)
