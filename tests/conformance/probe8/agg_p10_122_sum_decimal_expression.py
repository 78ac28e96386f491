from books.models import Author, Publisher, Book, Store
from django.db.models import Sum, F
r = Book.objects.filter(publisher_id=1).aggregate(a=Sum(F("price") * 2), b=Sum("price") / 2)
result = {k: (type(v).__name__, str(v)) for k, v in r.items()}
