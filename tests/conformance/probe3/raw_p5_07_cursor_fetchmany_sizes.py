# fetchmany(n), fetchone, fetchall in sequence.
from django.db import connection

with connection.cursor() as c:
    c.execute("SELECT id, owner FROM bank_account ORDER BY id")
    a = c.fetchmany(2)
    b = c.fetchone()
    d = c.fetchall()
    e = c.fetchone()
result = (a, b, d, e)
