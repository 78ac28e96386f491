from django.db import connection
with connection.cursor() as c:
    c.execute("SELECT id FROM blog_blog WHERE id > %s", [1000])
    a = c.fetchone()
    b = c.fetchall()
    d = c.description
    c.execute("DELETE FROM blog_entry_authors WHERE id > %s", [1000])
    e = (c.rowcount, c.description)
result = (a, b, d, e)
