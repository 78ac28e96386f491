from decimal import Decimal
from django.core.exceptions import ValidationError
from books.models import Book
b = Book.objects.get(id=1)
b.price = Decimal("1.234")
try:
    b.full_clean()
    result = "ok"
except ValidationError as e:
    result = e.message_dict
