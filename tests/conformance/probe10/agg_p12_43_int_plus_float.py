from django.db.models import F
from books.models import Book
qs = Book.objects.annotate(x=F("pages") + F("rating"), y=F("pages") * F("price")).order_by("id")[:2]
result = [(b.x, type(b.x).__name__, b.y, type(b.y).__name__) for b in qs]
