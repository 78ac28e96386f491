# cursor.description names and rowcount for SELECT.
from django.db import connection

with connection.cursor() as c:
    c.execute("SELECT id, owner AS who, balance * 2 FROM bank_account WHERE id < %s", [3])
    desc = [d[0] for d in c.description]
    rc = c.rowcount
    rows = c.fetchall()
result = (desc, rc, rows)
