# MultipleObjectsReturned is a per-model class derived from django.core.exceptions.
from django.core.exceptions import MultipleObjectsReturned
from books.models import Book

try:
    Book.objects.get(publisher_id=1)
except MultipleObjectsReturned as exc:
    result = (type(exc).__qualname__, type(exc).__module__, str(exc))
