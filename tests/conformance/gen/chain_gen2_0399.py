from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.exclude(entry__pub_date__year__gte=2011).filter(Q(entry__blog__name__regex='^[A-M]')).filter(pk__in=[9, 1]).distinct().order_by("email", "pk")
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
