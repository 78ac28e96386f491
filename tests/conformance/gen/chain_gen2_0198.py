from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.exclude(Q(pk__isnull=False)).exclude(~((Q(entry__headline__icontains='Django') ^ Q(id__range=(5, 8))) | Q(entry__pub_date__quarter=2))).filter((~(Q(id__lte=7) | Q(entry__pub_date__week_day=7)) ^ Q(entry__blog__name__startswith='the'))).distinct().order_by("-pk", "pk")
    r = qs.count()
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
