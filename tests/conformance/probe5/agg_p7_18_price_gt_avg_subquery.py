from django.db.models import Avg
from books.models import Book
avg = Book.objects.aggregate(a=Avg("price"))["a"]
qs = Book.objects.filter(price__gt=avg).order_by("id")
result = (str(qs.query), list(qs.values_list("id", flat=True)))
