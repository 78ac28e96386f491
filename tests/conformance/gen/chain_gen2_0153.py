from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.exclude((Q(tagline__iexact='%') | (Q(entry__authors__name__icontains='e') ^ Q(entry__pub_date__month__in=[8, 2, 12])))).exclude(entry__headline='Django').exclude(entry__headline__icontains='x').order_by("tagline", "pk")
    r = qs.last()
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
