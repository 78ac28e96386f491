from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.exclude(Q(entry__headline__istartswith='Lennon')).exclude(entry__pub_date__month=6).exclude(entry__pub_date__quarter=3, entry__authors__name__istartswith='_').order_by("pk", "pk")
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
