from books.models import Author, Publisher, Book, Store
from django.db.models import F
qs = Book.objects.alias(pn=F("publisher__name")).filter(pn="Sams").order_by("pn", "id")
result = (str(qs.query), [b.id for b in qs])
