from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.exclude(((Q(authors__name__isnull=True) & Q(headline='a')) & Q(id__lte=5))).filter(pub_date__gt=date(2011, 9, 1), pub_date__month__in=[6, 7, 10]).filter(headline__iexact='a').distinct().order_by("-headline", "pk")
    r = qs.exists()
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
