from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.filter(~(Q(entry__pub_date__lte=date(2005, 9, 1)) | ~(Q(entry__rating__in=[0]) & Q(entry__pub_date__week_day=6)))).exclude(name__contains='Lennon').exclude((Q(pk=7) | ~(Q(id__lte=6) ^ Q(id__range=(7, 11))))).distinct().order_by("name", "pk")
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
