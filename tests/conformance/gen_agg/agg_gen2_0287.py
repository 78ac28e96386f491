from datetime import date
from django.db.models import (Q, F, Count, Sum, Avg, Max, Min, Value, Case, When, CharField,
                              Exists, OuterRef, Subquery, Window)
from django.db.models.functions import Coalesce, Lower, Length, ExtractYear, TruncMonth, Concat, Rank, RowNumber
from blog.models import Entry, Blog, Author
from books.models import Book, Publisher, Store
try:
    r = Entry.objects.values("blog", "pub_date__year").annotate(a0=Count("rating")).annotate(a1=Count("pk", filter=Q(number_of_pingbacks__gt=3))).filter(a0__gt=5).order_by("a0", "pub_date__year", "a1", "blog")[:6]
    if hasattr(r, 'query'):
        print(r.query)
        r = list(r)
    print(r)
except Exception as e:
    print(type(e).__name__, e)
    r = None
result = r
