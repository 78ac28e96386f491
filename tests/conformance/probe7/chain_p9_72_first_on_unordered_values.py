from books.models import Book, Publisher, Store
from books.models import Author as BAuthor
from django.db import connection
a = Book.objects.values("name").first()
b = Book.objects.order_by().values_list("id", flat=True).last()
result = (a, b, [q["sql"] for q in connection.queries])
