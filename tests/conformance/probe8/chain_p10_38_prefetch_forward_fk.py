from books.models import Author, Publisher, Book, Store
from django.db import connection
qs = Book.objects.prefetch_related("publisher").filter(id__lte=3).order_by("id")
result = ([b.publisher.name for b in qs], [q["sql"] for q in connection.queries])
