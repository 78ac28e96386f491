# Iterating the same books QuerySet twice: one query, the second pass reads _result_cache.
from books.models import Book

qs = Book.objects.filter(publisher_id=1).order_by("id")
first = [b.name for b in qs]
cached = qs._result_cache is not None
second = [b.pk for b in qs]
result = (len(first), cached, len(second), len(qs._result_cache))
