from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.filter(pk__isnull=False, id__gt=10).filter(entry__headline__startswith='Cheese', entry__rating__lte=6).filter(entry__blog__name__in=['_', 'Lennon'], entry__pub_date__gt=date(2010, 11, 1)).order_by("name", "pk")
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
