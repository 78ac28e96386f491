from django.db import transaction, IntegrityError
from books.models import Book
with transaction.atomic():
    try:
        with transaction.atomic():
            Book.objects.create(name="x", pages=1, price=1, rating=1.0, pubdate="2020-01-01")
    except IntegrityError:
        pass
    n = Book.objects.count()
result = n
