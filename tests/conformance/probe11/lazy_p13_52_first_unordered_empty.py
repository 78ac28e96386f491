# first() on an empty unordered QuerySet orders by pk and returns None.
from books.models import Book

result = (Book.objects.filter(rating__gt=10).first(), Book.objects.filter(rating__gt=10).last())
