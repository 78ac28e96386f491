from books.models import Author, Publisher, Book, Store
from django.db.models import F
qs = Book.objects.annotate(pub=F("publisher__name")).filter(pub__startswith="A").order_by("id")
result = (str(qs.query), [(b.id, b.pub) for b in qs])
