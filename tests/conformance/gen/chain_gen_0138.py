from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.filter(Q(entry__authors__name__regex='(?i)dj')).filter(~((Q(entry__authors__name__startswith='e') | Q(entry__authors__name__iexact='Django')) & Q(tagline__isnull=False))).distinct().order_by("tagline", "pk")
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
