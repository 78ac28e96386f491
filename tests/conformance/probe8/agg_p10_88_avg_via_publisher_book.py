from books.models import Author, Publisher, Book, Store
from django.db.models import Avg, F
qs = Book.objects.annotate(pavg=Avg("publisher__book__price")).filter(price__gt=F("pavg")).order_by("id")
result = (str(qs.query), [(b.id, str(b.pavg)) for b in qs])
