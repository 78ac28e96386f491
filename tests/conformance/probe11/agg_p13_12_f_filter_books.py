# F() comparing two columns and with arithmetic, on books.
from django.db.models import F
from books.models import Book

a = Book.objects.filter(pages__gt=F("price") * 10).count()
b = Book.objects.filter(rating__gte=F("price") / 10).count()
c = list(Book.objects.filter(pages__lt=F("price") * 15).order_by("id").values_list("id", flat=True))
result = (a, b, c)
