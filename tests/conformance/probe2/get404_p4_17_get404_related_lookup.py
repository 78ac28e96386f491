# get_object_or_404 with a lookup across a relation.
from django.shortcuts import get_object_or_404
from books.models import Book

b = get_object_or_404(Book, publisher__name__isnull=False, pk=2)
result = (b.pk, b.publisher_id)
