from django.db import connection
with connection.cursor() as c:
    c.execute("SELECT id FROM blog_blog ORDER BY id")
    result = (c.fetchmany(), c.fetchmany(size=2), c.fetchmany(10), c.fetchmany())
