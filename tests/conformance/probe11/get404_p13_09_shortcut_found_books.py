# get_object_or_404 with several kwargs and a related lookup.
from django.shortcuts import get_object_or_404
from books.models import Book

b = get_object_or_404(Book, publisher__name="Apress", pages=447)
result = (b.id, b.name)
