# rowcount for UPDATE/DELETE/INSERT and lastrowid.
from django.db import connection

with connection.cursor() as c:
    c.execute("UPDATE bank_account SET balance = balance + 1 WHERE balance >= %s", [0])
    u = c.rowcount
    c.execute("INSERT INTO bank_account (owner, balance) VALUES (%s, %s)", ["New", 1])
    i = (c.rowcount, c.lastrowid)
    c.execute("DELETE FROM bank_account WHERE owner = %s", ["New"])
    d = c.rowcount
result = (u, i, d)
