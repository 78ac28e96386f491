from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.filter(pk__range=(4, 7)).exclude(entry__headline__endswith='Cheese', id__in=[6]).distinct().order_by("-id", "pk")
    r = qs.aggregate(n=Count("pk"), m=Max("pk"))
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
