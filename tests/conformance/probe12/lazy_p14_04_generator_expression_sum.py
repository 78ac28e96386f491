# sum() over a generator expression of a QuerySet: one query, Python adds.
from books.models import Book

result = sum(b.pages for b in Book.objects.filter(rating__gte=4))
