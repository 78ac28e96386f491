# OuterRef used directly in filter() is an error.
from django.db.models import OuterRef
from books.models import Book

try:
    list(Book.objects.filter(pages=OuterRef("pages")))
except Exception as e:
    result = (type(e).__name__, str(e))
