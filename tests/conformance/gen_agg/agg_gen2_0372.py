from datetime import date
from django.db.models import (Q, F, Count, Sum, Avg, Max, Min, Value, Case, When, CharField,
                              Exists, OuterRef, Subquery, Window)
from django.db.models.functions import Coalesce, Lower, Length, ExtractYear, TruncMonth, Concat, Rank, RowNumber
from blog.models import Entry, Blog, Author
from books.models import Book, Publisher, Store
try:
    r = Entry.objects.values("blog__name", "rating").annotate(a0=Max("number_of_comments")).annotate(a1=Min("pk", default=0)).filter(a0__gt=0).order_by("blog__name", "a1", "a0", "rating").count()
    if hasattr(r, 'query'):
        print(r.query)
        r = list(r)
    print(r)
except Exception as e:
    print(type(e).__name__, e)
    r = None
result = r
