from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.filter(pk__isnull=True, pk__range=(5, 6)).exclude((~(Q(entry__headline__isnull=True) | Q(entry__pub_date__month__in=[11, 7, 3])) ^ Q(entry__pub_date__quarter=2))).filter(((Q(email__contains='x') & Q(entry__pub_date__gt=date(2010, 10, 1))) | (Q(entry__pub_date__week_day=6) | Q(name__iexact='Lennon')))).order_by("-id", "pk")
    r = qs.values_list("pk", flat=True)[:8]
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
