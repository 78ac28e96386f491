# filter(~Q(a)) and exclude(a) give the same SQL.
from django.db.models import Q
from books.models import Book

a = Book.objects.filter(~Q(price__gt=40))
b = Book.objects.exclude(price__gt=40)
result = (str(a.query) == str(b.query), str(a.query), a.count())
