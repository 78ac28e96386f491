# get_object_or_404 with an unknown field: FieldError, not Http404.
from django.core.exceptions import FieldError
from django.shortcuts import get_object_or_404
from books.models import Book

try:
    get_object_or_404(Book, title="x")
except FieldError as exc:
    result = str(exc)
