# explain() counts as one query and shows in connection.queries.
from django.db import connection, reset_queries
from books.models import Book

reset_queries()
plan = Book.objects.filter(publisher__name="Apress").explain()
result = (plan, [q["sql"] for q in connection.queries])
