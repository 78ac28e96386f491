# reduce applying filter() calls one after another.
from functools import reduce
from books.models import Book

steps = [dict(pages__gt=100), dict(rating__gte=3), dict(price__lt=50)]
qs = reduce(lambda q, kw: q.filter(**kw), steps, Book.objects.all())
result = str(qs.query) == str(Book.objects.filter(pages__gt=100, rating__gte=3, price__lt=50).query)
