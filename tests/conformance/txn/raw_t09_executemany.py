# executemany runs once per parameter set; connection.queries records it once.
from django.db import connection

with connection.cursor() as c:
    c.executemany("INSERT INTO bank_account (owner, balance) VALUES (%s, %s)",
                  [("X", 1), ("Y", 2), ("Z", 3)])
    n = c.rowcount
    c.execute("SELECT COUNT(*) FROM bank_account")
    total = c.fetchone()[0]
result = (n, total)
