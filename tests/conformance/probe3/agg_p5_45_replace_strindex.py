# Replace and StrIndex.
from django.db.models import Value
from django.db.models.functions import Replace, StrIndex
from books.models import Book

qs = Book.objects.annotate(r=Replace("name", Value("Django"), Value("DJ")), i=StrIndex("name", Value("Django"))).order_by("pk")[:4]
result = ([(b.r, b.i) for b in qs], str(qs.query))
