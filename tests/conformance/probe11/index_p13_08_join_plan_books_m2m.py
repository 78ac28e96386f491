# EXPLAIN QUERY PLAN of an ORM join through books' m2m to authors.
from django.db import connection
from books.models import Book

qs = Book.objects.filter(authors__name="Brad Dayley")
with connection.cursor() as cursor:
    sql, params = qs.query.sql_with_params()
    cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
    result = [row[-1] for row in cursor.fetchall()]
