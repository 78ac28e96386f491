from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.exclude(~(Q(entry__rating__isnull=True) ^ ~(Q(id__gte=0) ^ Q(entry__rating__lt=2)))).exclude(Q(entry__pub_date__gt=date(2009, 3, 1))).exclude(entry__rating=0).order_by("-entry__number_of_comments", "pk")
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
