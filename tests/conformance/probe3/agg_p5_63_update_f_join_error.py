# update() with F over a join is an error.
from django.db.models import F
from books.models import Book

try:
    Book.objects.update(pages=F("publisher__id"))
except Exception as e:
    result = (type(e).__name__, str(e))
