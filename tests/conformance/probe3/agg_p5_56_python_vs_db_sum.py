# Python loop vs database Sum: same number, different query counts.
from django.db import connection, reset_queries
from django.db.models import Sum
from books.models import Book

reset_queries()
py = sum(b.pages for b in Book.objects.all())
db = Book.objects.aggregate(t=Sum("pages"))["t"]
result = (py, db, len(connection.queries), [q["sql"] for q in connection.queries])
