from datetime import date
from django.db.models import (Q, F, Count, Sum, Avg, Max, Min, Value, Case, When, CharField,
                              Exists, OuterRef, Subquery, Window)
from django.db.models.functions import Coalesce, Lower, Length, ExtractYear, TruncMonth, Concat, Rank, RowNumber
from blog.models import Entry, Blog, Author
from books.models import Book, Publisher, Store
try:
    r = Entry.objects.annotate(x0=F("number_of_pingbacks") + 1).order_by("x0", "pk").count()
    if hasattr(r, 'query'):
        print(r.query)
        r = list(r)
    print(r)
except Exception as e:
    print(type(e).__name__, e)
    r = None
result = r
