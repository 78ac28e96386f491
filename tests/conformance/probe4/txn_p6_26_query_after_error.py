from django.db import transaction, IntegrityError
from books.models import Book
try:
    with transaction.atomic():
        try:
            Book.objects.create(name="x", pages=1, price=1, rating=1.0, pubdate="2020-01-01")
        except IntegrityError:
            pass
        Book.objects.count()
except Exception as exc:
    result = (type(exc).__name__, str(exc))
