from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.exclude((~(Q(entry__pub_date__week_day=7) ^ Q(id__range=(8, 11))) ^ Q(entry__pub_date__year__gte=2010))).filter(entry__headline__in=['a', 'Lennon']).distinct().order_by("entry__rating", "pk")
    r = qs.exists()
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
