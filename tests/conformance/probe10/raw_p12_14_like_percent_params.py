from django.db import connection
with connection.cursor() as cur:
    cur.execute("SELECT name FROM blog_author WHERE name LIKE %s ORDER BY id", ["J%"])
    a = cur.fetchall()
    cur.execute("SELECT name FROM blog_author WHERE name LIKE 'J%%' ORDER BY id")
    b = cur.fetchall()
    cur.execute("SELECT '100%%' AS pct")
    c = cur.fetchone()
result = (a, b, c, [q["sql"] for q in connection.queries])
