from decimal import Decimal
from books.models import Book
b = Book.objects.create(name="New", pages=10, price=Decimal("9.999"), rating=1.0, publisher_id=1, pubdate="2024-01-01")
b2 = Book.objects.get(pk=b.pk)
result = (b.price, b2.price, b2.pubdate)
