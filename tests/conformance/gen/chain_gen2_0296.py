from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.exclude(entry__rating__isnull=True).exclude(~((Q(pk__isnull=True) | Q(pk__lte=8)) ^ Q(pk__in=[]))).exclude(entry__pub_date__year=2005, entry__headline__icontains='Cheese').order_by("-email", "pk")
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
