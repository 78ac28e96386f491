# filter(Q(a), b=...) and filter(Q(a) & Q(b)) give the same SQL.
from django.db.models import Q
from books.models import Book

a = Book.objects.filter(Q(pages__gt=400), rating__gte=4)
b = Book.objects.filter(Q(pages__gt=400) & Q(rating__gte=4))
result = (str(a.query) == str(b.query), str(a.query), a.count())
