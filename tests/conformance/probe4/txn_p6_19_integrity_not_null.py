from django.db import IntegrityError
from books.models import Book
try:
    Book.objects.create(name="x", pages=1, price=1, rating=1.0, pubdate="2020-01-01")
except IntegrityError as exc:
    result = str(exc)
