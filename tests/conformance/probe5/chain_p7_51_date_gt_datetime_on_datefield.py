from datetime import datetime
from books.models import Book
qs = Book.objects.filter(pubdate__gt=datetime(2015, 5, 1, 12, 0))
result = (str(qs.query), list(qs.values_list("id", flat=True)))
