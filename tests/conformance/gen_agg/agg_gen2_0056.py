from datetime import date
from django.db.models import (Q, F, Count, Sum, Avg, Max, Min, Value, Case, When, CharField,
                              Exists, OuterRef, Subquery, Window)
from django.db.models.functions import Coalesce, Lower, Length, ExtractYear, TruncMonth, Concat, Rank, RowNumber
from blog.models import Entry, Blog, Author
from books.models import Book, Publisher, Store
try:
    r = Publisher.objects.annotate(x0=F("num_awards") - F("book__price")).annotate(x1=Count("book__authors__age", filter=Q(book__pages__gt=4))).annotate(x2=Case(When(book__pages__gte=5, then=Value("hi")), default=Value("lo"))).filter(num_awards__gt=0).order_by("x2", "pk").values_list("pk", "x0", "x1", "x2")[:5]
    if hasattr(r, 'query'):
        print(r.query)
        r = list(r)
    print(r)
except Exception as e:
    print(type(e).__name__, e)
    r = None
result = r
