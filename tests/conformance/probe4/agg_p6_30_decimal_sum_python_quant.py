from decimal import Decimal
from django.db.models import Sum
from books.models import Book
py = sum((b.price for b in Book.objects.filter(publisher_id=1)), Decimal("0"))
db = Book.objects.filter(publisher_id=1).aggregate(t=Sum("price"))["t"]
result = (py, db, py == db)
