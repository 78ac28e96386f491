from books.models import Author, Publisher, Book, Store
from django.db import connection
qs = Book.objects.select_related("publisher").prefetch_related("publisher__book_set").filter(id__in=[2, 6]).order_by("id")
result = ([(b.id, len(b.publisher.book_set.all())) for b in qs], [q["sql"] for q in connection.queries])
