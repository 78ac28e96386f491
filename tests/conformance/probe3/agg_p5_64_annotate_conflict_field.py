# annotation name clashing with a field.
from django.db.models import Count
from books.models import Book

try:
    Book.objects.annotate(pages=Count("authors"))
except Exception as e:
    result = (type(e).__name__, str(e))
