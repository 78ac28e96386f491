from django.db import connection
with connection.cursor() as c:
    c.execute("SELECT COUNT(*) FROM blog_entry WHERE headline LIKE '%%Django%%' AND rating > %s", [5])
    n = c.fetchone()[0]
result = (n, connection.queries[-1]["sql"])
