# get(pk=...) on a sliced queryset has to filter it, which is refused with a TypeError.
from books.models import Book

qs = Book.objects.order_by("id")[:3]
try:
    result = qs.get(pk=2).name
except TypeError as exc:
    result = str(exc)
