from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.exclude(name__startswith='the', name__iexact='_').filter((Q(entry__pub_date__gt=date(2009, 5, 1)) & ~(Q(entry__number_of_comments__in=[6]) | Q(entry__number_of_comments__lt=0)))).distinct().order_by("-name", "pk")
    r = qs.last()
    if hasattr(r, 'query'):
        print(r.query)
        r = [getattr(x, 'pk', x) for x in r]
    elif hasattr(r, 'pk'):
        r = r.pk
    print(r)
except Exception as e:
    print(type(e).__name__, e)
    r = None
result = r
