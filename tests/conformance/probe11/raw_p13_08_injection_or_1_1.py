# The classic ' OR '1'='1 payload: formatting leaks every row, params match none.
from django.db import connection

payload = "nobody' OR '1'='1"
with connection.cursor() as cursor:
    cursor.execute("SELECT owner FROM bank_account WHERE owner = '%s' ORDER BY id" % payload)
    leaked = [r[0] for r in cursor.fetchall()]
    cursor.execute("SELECT owner FROM bank_account WHERE owner = %s ORDER BY id", [payload])
    safe = cursor.fetchall()
result = (leaked, safe)
