from decimal import Decimal
from books.models import Book
b = Book.objects.get(id=1)
b.price = Decimal("12.345")
b.save()
b.refresh_from_db()
result = repr(b.price)
