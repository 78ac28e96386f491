# cursor.execute with a dict of named params.
from django.db import connection

with connection.cursor() as cursor:
    cursor.execute("SELECT owner FROM bank_account WHERE balance > %(lo)s AND balance < %(hi)s ORDER BY id",
                   {"lo": 10, "hi": 500})
    result = cursor.fetchall()
