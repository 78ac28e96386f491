# NOT NULL failure on books: the error message names the column.
from django.db import IntegrityError
from datetime import date
from books.models import Book

try:
    Book.objects.create(name="No Pages", pages=None, price=1, rating=1.0, publisher_id=1, pubdate=date(2020, 1, 1))
except IntegrityError as exc:
    result = (type(exc).__name__, str(exc))
