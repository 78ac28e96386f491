from django.db import connection
rows = [{"n": "D1", "e": "d1@x"}, {"n": "D2", "e": "d2@x"}]
with connection.cursor() as cur:
    cur.executemany("INSERT INTO blog_author (name, email) VALUES (%(n)s, %(e)s)", rows)
    cur.execute("SELECT name FROM blog_author WHERE email LIKE %s ORDER BY id", ["%@x"])
    names = cur.fetchall()
result = (names, [q["sql"] for q in connection.queries])
