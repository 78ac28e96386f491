from django.db.models import Sum, Max, Min
from books.models import Book
r = Book.objects.aggregate(s=Sum("price"), mx=Max("price"), mn=Min("price"))
result = {k: (repr(v), type(v).__name__) for k, v in r.items()}
