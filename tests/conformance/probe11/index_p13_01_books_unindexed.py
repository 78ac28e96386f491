# EXPLAIN QUERY PLAN on an unindexed books column: full SCAN.
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("EXPLAIN QUERY PLAN SELECT * FROM books_book WHERE pages > %s", [500])
    result = [row[-1] for row in cursor.fetchall()]
