# On an m2m, filter(a, b) uses one join and filter(a).filter(b) two: different SQL and counts.
from books.models import Book

one = Book.objects.filter(authors__age__gt=45, authors__name__startswith="J")
two = Book.objects.filter(authors__age__gt=45).filter(authors__name__startswith="J")
result = (str(one.query) == str(two.query), one.count(), two.count(), str(two.query))
