from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.filter(((Q(id__gte=F("entry__rating")) ^ Q(email='Django')) | (Q(name__startswith='e') | Q(email__startswith='')))).exclude(entry__rating__range=(1, 3), entry__rating__gt=8).distinct().order_by("pk", "pk")
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
