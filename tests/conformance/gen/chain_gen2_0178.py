from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.exclude(Q(id__gt=7)).filter(Q(entry__headline__regex='(?i)dj')).filter(entry__pub_date__lte=date(2011, 11, 1), entry__blog__name__endswith='Lennon').order_by("id", "pk")
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
