from datetime import date
from django.db.models import (Q, F, Count, Sum, Avg, Max, Min, Value, Case, When, CharField,
                              Exists, OuterRef, Subquery, Window)
from django.db.models.functions import Coalesce, Lower, Length, ExtractYear, TruncMonth, Concat, Rank, RowNumber
from blog.models import Entry, Blog, Author
from books.models import Book, Publisher, Store
try:
    r = Publisher.objects.values("name", "num_awards").annotate(a0=Min("book__pages", default=0)).annotate(a1=Avg("book__authors__age", filter=Q(num_awards__gt=2))).filter(a0__gt=2).order_by("a1", "a0", "name", "num_awards").count()
    if hasattr(r, 'query'):
        print(r.query)
        r = list(r)
    print(r)
except Exception as e:
    print(type(e).__name__, e)
    r = None
result = r
