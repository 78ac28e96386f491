from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.exclude((Q(entry__pub_date__gt=date(2009, 9, 1)) & Q(name__isnull=True))).filter(Q(entry__pub_date__quarter=3)).filter(pk__in=[10, 7], entry__rating=3).order_by("pk", "pk")
    r = qs.first()
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
