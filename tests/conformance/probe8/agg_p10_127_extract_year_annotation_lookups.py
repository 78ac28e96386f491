from books.models import Book
from bank.models import Transfer
from django.db.models import Count
from django.db.models.functions import Extract, ExtractYear, ExtractIsoYear
a = Book.objects.annotate(y=ExtractYear("pubdate")).filter(y=2008).order_by("id")
b = Book.objects.annotate(y=Extract("pubdate", "year")).filter(y__lte=1995).order_by("id")
c = Transfer.objects.annotate(y=ExtractIsoYear("created")).filter(y__gt=2022).order_by("id")
d = Book.objects.annotate(y=ExtractYear("pubdate")).filter(y__in=[1991, 1995]).order_by("id")
result = [(str(q.query), [o.id for o in q]) for q in (a, b, c, d)]
