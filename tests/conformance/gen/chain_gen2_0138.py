from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.exclude(Q(entry__headline__contains='_')).filter(pk__lte=9).filter(id__isnull=False, entry__headline__startswith='Lennon').order_by("-email", "pk")
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
