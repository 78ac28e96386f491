from datetime import date
from django.db.models import (Q, F, Count, Sum, Avg, Max, Min, Value, Case, When, CharField,
                              Exists, OuterRef, Subquery, Window)
from django.db.models.functions import Coalesce, Lower, Length, ExtractYear, TruncMonth, Concat, Rank, RowNumber
from blog.models import Entry, Blog, Author
from books.models import Book, Publisher, Store
try:
    r = Blog.objects.values("name", "tagline").annotate(a0=Max("entry__authors__id")).annotate(a1=Avg("entry__authors__id")).filter(a0__gt=2).order_by("name", "a0", "a1", "tagline").count()
    if hasattr(r, 'query'):
        print(r.query)
        r = list(r)
    print(r)
except Exception as e:
    print(type(e).__name__, e)
    r = None
result = r
