# A literal % in SQL with params must be doubled; without params it is left alone.
from django.db import connection

with connection.cursor() as cursor:
    cursor.execute("SELECT COUNT(*) FROM bank_account WHERE owner LIKE '%%o%%' AND balance >= %s", [0])
    a = cursor.fetchone()
    cursor.execute("SELECT COUNT(*) FROM bank_account WHERE owner LIKE '%o%'")
    b = cursor.fetchone()
result = (a, b)
