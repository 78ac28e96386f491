# DecimalField values come back as Decimal, FloatField as float, DateField as date.
from books.models import Book

b = Book.objects.get(pk=2)
result = (b.price, b.rating, b.pubdate, b.publisher_id)
