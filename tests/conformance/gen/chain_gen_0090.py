from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.filter(entry__headline__regex='e.e').filter(((Q(id__gte=0) & Q(pk__lte=7)) | (Q(entry__rating__lte=10) & Q(id__isnull=False)))).filter(name__in=['e', 'the'], entry__pub_date__quarter=2).order_by("name", "pk")
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
