# A complex aggregate without an alias is a TypeError.
from django.db.models import Avg
from books.models import Book

try:
    Book.objects.aggregate(Avg("rating") * 2)
except TypeError as exc:
    result = str(exc)
