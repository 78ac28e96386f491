# dates() is a lazy QuerySet of dates.
from books.models import Book

qs = Book.objects.dates("pubdate", "year", order="DESC")
result = (type(qs).__name__, list(qs)[:3], str(qs.query))
