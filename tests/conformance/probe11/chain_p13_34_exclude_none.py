# exclude(x=None) becomes IS NOT NULL; filter(x=None) IS NULL.
from books.models import Book

result = (str(Book.objects.exclude(publisher=None).query), Book.objects.filter(publisher=None).count())
