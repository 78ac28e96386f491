# An INSERT through the cursor: lastrowid and the ORM sees the row.
from django.db import connection
from books.models import Publisher

with connection.cursor() as cursor:
    cursor.execute("INSERT INTO books_publisher (name) VALUES (%s)", ["Raw Press"])
    rid = cursor.lastrowid
result = (rid, Publisher.objects.get(pk=rid).name)
