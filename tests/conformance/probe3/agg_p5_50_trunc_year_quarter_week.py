# TruncYear/TruncQuarter/TruncWeek on a DateField.
from django.db.models.functions import TruncQuarter, TruncWeek, TruncYear
from books.models import Book

qs = Book.objects.annotate(y=TruncYear("pubdate"), q=TruncQuarter("pubdate"), w=TruncWeek("pubdate")).order_by("pk")[:3]
result = ([(b.y, b.q, b.w) for b in qs], str(qs.query))
