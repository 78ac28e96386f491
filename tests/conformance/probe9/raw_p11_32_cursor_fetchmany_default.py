from django.db import connection
with connection.cursor() as c:
    c.execute("SELECT id FROM blog_blog ORDER BY id")
    a = c.fetchmany()
    b = c.fetchmany(2)
    d = c.fetchall()
    e = c.fetchall()
result = (a, b, d, e, c.arraysize if hasattr(c, "arraysize") else None)
