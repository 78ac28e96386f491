from django.db.models import F
from books.models import Book
n = Book.objects.filter(publisher_id=2).update(price=F("price") * 2)
result = (n, list(Book.objects.filter(publisher_id=2).order_by("id").values_list("price", flat=True)))
