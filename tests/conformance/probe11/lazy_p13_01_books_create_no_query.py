# Building a QuerySet on the books app runs no SQL; type and model are known without a query.
from books.models import Book

qs = Book.objects.filter(price__gt=30).order_by("-price")
result = (type(qs).__name__, qs.model.__name__, qs._result_cache)
