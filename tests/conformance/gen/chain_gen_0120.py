from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.filter((~(Q(entry__authors__name__regex='o$') | Q(tagline__endswith='a')) | Q(tagline__in=['Lennon', 'a']))).filter(entry__authors__name__endswith='%', entry__pub_date__month__in=[12, 7, 11]).distinct().order_by("pk", "pk")
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
