# integer division in annotate: SQLite integer semantics.
from django.db.models import F
from books.models import Book

qs = Book.objects.annotate(half=F("pages") / 2, per=F("price") / F("pages")).order_by("pk")[:3]
result = [(b.half, b.per) for b in qs]
