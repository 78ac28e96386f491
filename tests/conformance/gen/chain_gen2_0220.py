from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.filter(((Q(entry__blog__name='_') ^ Q(entry__pub_date__month=8)) ^ Q(pk__range=(8, 12)))).filter(id__lt=2).filter((Q(name__icontains='x') | Q(entry__blog__name__startswith='the'))).order_by("name", "pk")
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
