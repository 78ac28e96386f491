# PRAGMA index_list shows the m2m table's unique index and fk indexes.
from django.db import connection

with connection.cursor() as cursor:
    cursor.execute("PRAGMA index_list(books_book_authors)")
    rows = cursor.fetchall()
result = sorted((r[2], r[3]) for r in rows)
