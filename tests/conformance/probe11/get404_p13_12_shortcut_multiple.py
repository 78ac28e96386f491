# get_object_or_404 does not catch MultipleObjectsReturned.
from django.shortcuts import get_object_or_404
from books.models import Book

try:
    get_object_or_404(Book, publisher_id=1)
except Book.MultipleObjectsReturned as exc:
    result = str(exc)
