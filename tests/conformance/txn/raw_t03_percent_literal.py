# With params, a literal % is written %%; without params it is left alone.
from django.db import connection

with connection.cursor() as c:
    c.execute("SELECT COUNT(*) FROM blog_entry WHERE headline LIKE %s", ["%Django%"])
    a = c.fetchone()[0]
    c.execute("SELECT COUNT(*) FROM blog_entry WHERE headline LIKE '%%Django%%' AND rating > %s", [0])
    b = c.fetchone()[0]
    c.execute("SELECT COUNT(*) FROM blog_entry WHERE headline LIKE '%Django%'")
    d = c.fetchone()[0]
result = (a, b, d)
