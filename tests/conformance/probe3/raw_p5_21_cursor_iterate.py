# iterating a cursor directly.
from django.db import connection

with connection.cursor() as c:
    c.execute("SELECT id, balance FROM bank_account ORDER BY id")
    r = [row for row in c]
result = r
