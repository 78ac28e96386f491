from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.exclude((Q(email__icontains='e') & (Q(entry__rating__gte=7) ^ Q(pk=2)))).exclude(entry__blog__name__in=['Cheese', 'a'], entry__rating__lt=6).exclude(email__isnull=False, pk__gt=5).order_by("email", "pk")
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
