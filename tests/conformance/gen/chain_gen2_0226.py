from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.exclude((Q(id__isnull=True) ^ (Q(id__gt=2) ^ Q(entry__headline__in=['%', 'a'])))).filter(email__iexact='e', entry__rating__range=(3, 4)).order_by("email", "pk")
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
