from django.db import connection
with connection.cursor() as c:
    c.execute("UPDATE blog_blog SET tagline = %s WHERE id = %s", ["new", 5])
    result = (c.fetchall(), c.rowcount, c.description)
