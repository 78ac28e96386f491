# Outside atomic() the same bad foreign key fails on the INSERT itself.
from django.db import IntegrityError
from datetime import date
from books.models import Book

try:
    Book.objects.create(name="Orphan", pages=1, price=1, rating=1.0, publisher_id=77, pubdate=date(2020, 1, 1))
    result = "created"
except IntegrityError as exc:
    result = str(exc)
