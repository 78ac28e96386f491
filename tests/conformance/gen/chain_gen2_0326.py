from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.exclude(pk__gt=2, pk__in=[5, 4, 6]).filter((Q(entry__pub_date__month__in=[7, 2, 5]) & Q(entry__blog__name__regex='o$'))).exclude((Q(entry__blog__name__startswith='%') & Q(entry__pub_date__year__gte=2008))).order_by("-pk", "pk")
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
