# Assigning None to a non-null foreign key, then saving.
from django.db import IntegrityError
from books.models import Book

b = Book.objects.get(pk=1)
try:
    b.publisher = None
    step = ("assigned", b.publisher_id)
    b.save()
    result = (step, "saved")
except (ValueError, IntegrityError) as exc:
    result = (type(exc).__name__, str(exc))
