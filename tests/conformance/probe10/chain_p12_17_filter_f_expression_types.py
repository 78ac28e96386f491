from django.db.models import F
from books.models import Book
qs = Book.objects.filter(rating__gt=F("price") / 10).order_by("id")
result = ([b.id for b in qs], str(qs.query))
