from books.models import Book, Publisher, Store
from books.models import Author as BAuthor
from django.db.models import F
qs = Book.objects.order_by(F("publisher__name").desc(nulls_last=True), "id")
result = (str(qs.query), [b.id for b in qs])
