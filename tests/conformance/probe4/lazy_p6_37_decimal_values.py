from decimal import Decimal
from books.models import Book
b = Book.objects.get(pk=2)
result = (b.price, b.price * 2, b.price + Decimal("0.01"), str(b.price), round(b.price * Decimal("1.2"), 2))
