from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.filter(entry__pub_date__year__gte=2007, entry__pub_date__month__in=[8, 7, 2]).filter(name__istartswith='').filter(~((Q(pk__gte=1) | Q(entry__blog__name__startswith='a')) ^ ~(Q(pk=7) & Q(entry__blog__name__istartswith='')))).distinct().order_by("-id", "pk")
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
