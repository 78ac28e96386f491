# pyformat parameters: %(name)s with a dict.
from django.db import connection

with connection.cursor() as c:
    c.execute("SELECT owner FROM bank_account WHERE id = %(a)s OR id = %(b)s ORDER BY id", {"a": 1, "b": 3})
    result = c.fetchall()
