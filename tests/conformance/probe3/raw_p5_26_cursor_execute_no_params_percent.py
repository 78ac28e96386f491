# cursor.execute without params leaves % alone; with params None the same.
from django.db import connection

with connection.cursor() as c:
    c.execute("SELECT '100%'")
    a = c.fetchone()
    c.execute("SELECT '50%'", None)
    b = c.fetchone()
result = (a, b)
