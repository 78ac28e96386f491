# cursor.fetchone / fetchmany / fetchall / description / rowcount on a SELECT.
from django.db import connection

with connection.cursor() as c:
    c.execute("SELECT id, owner FROM bank_account WHERE balance >= %s ORDER BY id", [0])
    one = c.fetchone()
    two = c.fetchmany(2)
    rest = c.fetchall()
    desc = [d[0] for d in c.description]
    rc = c.rowcount
result = (one, two, rest, desc, rc)
