from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.filter(entry__pub_date__quarter=2).filter(~(Q(entry__authors__name__contains='e') | (Q(entry__pub_date__year__gte=2010) & Q(entry__number_of_comments=3)))).exclude(Q(tagline__contains='Lennon')).distinct().order_by("-id", "pk")
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
