from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.filter(entry__rating__in=[0], pk__gte=9).filter(entry__rating__in=[1, 2], entry__pub_date__gt=date(2005, 6, 1)).exclude(id__gte=F("entry__rating"), pk__in=[]).distinct().order_by("-email", "pk")
    r = qs[:3]
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
