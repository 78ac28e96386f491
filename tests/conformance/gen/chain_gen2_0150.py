from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.exclude(Q(entry__number_of_comments__in=[11, 2])).filter(entry__pub_date__gt=date(2011, 11, 1), entry__authors__name__icontains='').distinct().order_by("entry__number_of_comments", "pk")
    r = qs.count()
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
