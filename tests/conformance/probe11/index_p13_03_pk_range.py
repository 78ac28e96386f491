# A primary-key range uses the rowid too.
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("EXPLAIN QUERY PLAN SELECT id FROM books_book WHERE id BETWEEN %s AND %s", [2, 5])
    result = [row[-1] for row in cursor.fetchall()]
