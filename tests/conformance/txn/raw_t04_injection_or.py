# String formatting lets the input rewrite the WHERE clause; a parameter does not.
from django.db import connection

evil = "x' OR '1'='1"
with connection.cursor() as c:
    c.execute("SELECT COUNT(*) FROM bank_account WHERE owner = '%s'" % evil)
    unsafe = c.fetchone()[0]
    c.execute("SELECT COUNT(*) FROM bank_account WHERE owner = %s", [evil])
    safe = c.fetchone()[0]
result = (unsafe, safe)
