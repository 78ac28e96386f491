from django.db import connection
with connection.cursor() as cur:
    cur.executemany("INSERT INTO blog_author (name, email) VALUES (%s, %s)", [("X1", "x1@e"), ("X2", "x2@e"), ("X3", "x3@e")])
    rc = cur.rowcount
    cur.execute("SELECT COUNT(*) FROM blog_author WHERE name LIKE %s", ["X%"])
    n = cur.fetchone()[0]
result = (rc, n, [q["sql"] for q in connection.queries])
