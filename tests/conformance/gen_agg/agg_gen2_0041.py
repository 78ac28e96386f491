from datetime import date
from django.db.models import (Q, F, Count, Sum, Avg, Max, Min, Value, Case, When, CharField,
                              Exists, OuterRef, Subquery, Window)
from django.db.models.functions import Coalesce, Lower, Length, ExtractYear, TruncMonth, Concat, Rank, RowNumber
from blog.models import Entry, Blog, Author
from books.models import Book, Publisher, Store
try:
    r = Blog.objects.annotate(x0=F("entry__rating") - F("entry__number_of_comments")).annotate(x1=F("entry__rating") - F("entry__number_of_comments")).annotate(x2=Case(When(entry__rating__gte=6, then=Value("hi")), default=Value("lo"))).order_by("x2", "pk").count()
    if hasattr(r, 'query'):
        print(r.query)
        r = list(r)
    print(r)
except Exception as e:
    print(type(e).__name__, e)
    r = None
result = r
