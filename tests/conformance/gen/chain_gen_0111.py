from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.filter(id__lte=3, entry__pub_date__month__in=[10, 1, 4]).filter(Q(id__in=[9, 7, 1])).exclude(entry__pub_date__lte=date(2006, 4, 1)).distinct().order_by("-id", "pk")
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
