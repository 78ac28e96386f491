# dict params with %(name)s placeholders in cursor.execute.
from django.db import connection

with connection.cursor() as c:
    c.execute("SELECT owner FROM bank_account WHERE balance >= %(lo)s AND balance <= %(hi)s ORDER BY id", {"lo": 10, "hi": 100})
    r = c.fetchall()
result = r
