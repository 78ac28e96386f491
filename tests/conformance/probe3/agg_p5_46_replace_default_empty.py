# Replace with no replacement removes the text; filter on StrIndex.
from django.db.models import Value
from django.db.models.functions import Replace, StrIndex
from books.models import Book

qs = Book.objects.annotate(r=Replace("name", Value(" "))).annotate(i=StrIndex("name", Value("Python"))).filter(i__gt=0).order_by("pk")
result = [(b.r, b.i) for b in qs]
