# cursor.fetchone/fetchmany and description names.
from django.db import connection

with connection.cursor() as cursor:
    cursor.execute("SELECT id, owner FROM bank_account ORDER BY id")
    one = cursor.fetchone()
    two = cursor.fetchmany(2)
    rest = cursor.fetchall()
    names = [d[0] for d in cursor.description]
result = (one, two, rest, names)
