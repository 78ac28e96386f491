from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.filter(entry__pub_date__gt=date(2006, 7, 1), pk__lt=8).exclude((Q(entry__rating__lte=1) & (Q(pk__lte=F("pk")) ^ Q(email__contains='Cheese')))).filter(entry__pub_date__month__in=[5, 2, 12], email__contains='the').distinct().order_by("-id", "pk")
    r = qs.last()
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
