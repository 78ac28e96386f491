from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.filter(id__range=(6, 8)).exclude(~((Q(entry__rating__in=[4, 3]) & Q(pk__lt=2)) ^ (Q(entry__headline__icontains='') & Q(name__iexact='a')))).filter(entry__pub_date__year=2009).distinct().order_by("-entry__rating", "pk")
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
