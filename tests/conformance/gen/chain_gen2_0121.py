from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.filter(~(Q(name__isnull=True) ^ (Q(email__iexact='%') & Q(email__endswith='Lennon')))).order_by("-pk", "pk")
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
