# LIKE with %% escaping when params are given.
from django.db import connection

with connection.cursor() as c:
    c.execute("SELECT name FROM books_book WHERE name LIKE %s ORDER BY id", ["%Django%"])
    a = len(c.fetchall())
    c.execute("SELECT COUNT(*) FROM books_book WHERE name LIKE '%%Python%%' AND pages > %s", [0])
    b = c.fetchone()
result = (a, b)
