from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.filter(Q(entry__blog__name__endswith='e')).exclude(((Q(entry__headline__contains='Lennon') | Q(pk__gte=F("id"))) | Q(name__endswith=''))).filter(pk__gte=3, entry__pub_date__week_day=3).distinct().order_by("email", "pk")
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
