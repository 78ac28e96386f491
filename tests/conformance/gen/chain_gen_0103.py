from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.filter((Q(entry__pub_date__year__gte=2008) | (Q(email__isnull=True) ^ Q(entry__blog__name__startswith='%')))).filter((Q(entry__pub_date__gt=date(2005, 11, 1)) | Q(email__startswith='e'))).distinct().order_by("name", "pk")
    r = qs[:3]
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
