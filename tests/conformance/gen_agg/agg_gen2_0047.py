from datetime import date
from django.db.models import (Q, F, Count, Sum, Avg, Max, Min, Value, Case, When, CharField,
                              Exists, OuterRef, Subquery, Window)
from django.db.models.functions import Coalesce, Lower, Length, ExtractYear, TruncMonth, Concat, Rank, RowNumber
from blog.models import Entry, Blog, Author
from books.models import Book, Publisher, Store
try:
    r = Entry.objects.annotate(x0=Sum("authors__id", distinct=True, default=0)).annotate(x1=F("number_of_comments") - 1).annotate(x2=Case(When(number_of_pingbacks__gte=8, then=Value("hi")), default=Value("lo"))).order_by("x0", "pk").count()
    if hasattr(r, 'query'):
        print(r.query)
        r = list(r)
    print(r)
except Exception as e:
    print(type(e).__name__, e)
    r = None
result = r
