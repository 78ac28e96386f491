from datetime import date
from django.db.models import (Q, F, Count, Sum, Avg, Max, Min, Value, Case, When, CharField,
                              Exists, OuterRef, Subquery, Window)
from django.db.models.functions import Coalesce, Lower, Length, ExtractYear, TruncMonth, Concat, Rank, RowNumber
from blog.models import Entry, Blog, Author
from books.models import Book, Publisher, Store
try:
    r = Publisher.objects.annotate(x0=Exists(Book.objects.filter(publisher=OuterRef("pk")))).annotate(x1=Coalesce("book__price", 0)).annotate(x2=F("book__pages") * 1).filter(num_awards__gt=1).order_by("x0", "pk").values_list("pk", "x0", "x1", "x2")[:5]
    if hasattr(r, 'query'):
        print(r.query)
        r = list(r)
    print(r)
except Exception as e:
    print(type(e).__name__, e)
    r = None
result = r
