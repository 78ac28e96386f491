# FieldError is importable from django.core.exceptions and catches lookups errors.
from django.core.exceptions import FieldError
from books.models import Book

try:
    Book.objects.filter(author__name="x")
except FieldError as exc:
    result = str(exc)
