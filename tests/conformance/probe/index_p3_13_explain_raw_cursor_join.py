# EXPLAIN QUERY PLAN through the cursor for the books join (Book -> Publisher).
from django.db import connection

with connection.cursor() as c:
    c.execute("EXPLAIN QUERY PLAN SELECT b.name, p.name FROM books_book b JOIN books_publisher p ON p.id = b.publisher_id WHERE p.name = %s", ["x"])
    result = [r[3] for r in c.fetchall()]
