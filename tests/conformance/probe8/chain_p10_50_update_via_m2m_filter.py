from books.models import Author, Publisher, Book, Store
from django.db.models import F
from django.db import connection
n = Book.objects.filter(authors__age__gt=50).update(pages=F("pages") + 1)
result = (n, connection.queries[0]["sql"], list(Book.objects.filter(pages__in=[529, 1133, 841, 531]).values_list("id", flat=True).order_by("id")))
