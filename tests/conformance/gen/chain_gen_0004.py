from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.exclude(entry__authors__name__in=['Django', 'a'], entry__authors__name__istartswith='_').filter(entry__rating__lt=9, id=F("id")).filter((Q(entry__number_of_comments__lt=8) ^ Q(entry__pub_date__week_day=1))).distinct().order_by("id", "pk")
    r = qs.values("pk")[:5]
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
