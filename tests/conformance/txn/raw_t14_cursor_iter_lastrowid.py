# Iterating a cursor yields its rows; lastrowid after an INSERT.
from django.db import connection

with connection.cursor() as c:
    c.execute("INSERT INTO bank_account (owner, balance) VALUES (%s, %s)", ["New", 9])
    rid = c.lastrowid
    c.execute("SELECT id, owner FROM bank_account WHERE id >= %s", [4])
    rows = [r for r in c]
result = (rid, rows)
