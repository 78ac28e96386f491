from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.exclude(~(Q(entry__authors__name__isnull=True) & (Q(pk__range=(5, 7)) | Q(entry__pub_date__lte=date(2011, 6, 1))))).filter(tagline__regex='o$', tagline__regex='e.e').exclude(Q(name__regex='e.e')).order_by("-id", "pk")
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
