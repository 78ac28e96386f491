from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.exclude(Q(entry__pub_date__week_day=5)).filter(((Q(id__lt=10) ^ Q(id__gte=10)) | Q(pk=5))).filter(~(Q(entry__headline__in=['the', 'Cheese']) ^ (Q(entry__pub_date__year__gte=2007) | Q(name__contains='')))).distinct().order_by("-entry__rating", "pk")
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
