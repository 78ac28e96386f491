from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.filter(Q(name__contains='the')).exclude(Q(pk=9)).filter(((Q(name__endswith='x') ^ Q(entry__pub_date__gt=date(2007, 6, 1))) ^ ~(Q(name__istartswith='x') & Q(entry__pub_date__quarter=2)))).order_by("entry__rating", "pk")
    r = qs.values_list("pk", flat=True)[:8]
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
