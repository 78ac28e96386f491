from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.exclude(~(Q(tagline__isnull=False) & (Q(pk__isnull=False) ^ Q(id__lte=F("id"))))).filter(entry__pub_date__week_day=2, entry__headline__istartswith='a').order_by("name", "pk")
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
