# executemany inserts and its rowcount; connection.queries entry.
from django.db import connection, reset_queries

reset_queries()
with connection.cursor() as c:
    c.executemany("INSERT INTO bank_account (owner, balance) VALUES (%s, %s)", [("X", 1), ("Y", 2), ("Z", 3)])
    rc = c.rowcount
result = (rc, [q["sql"] for q in connection.queries])
