from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.filter(entry__pub_date__year__gte=2010).exclude((Q(entry__pub_date__year__gte=2005) | ~(Q(entry__pub_date__year__gte=2006) | Q(entry__pub_date__year=2005)))).filter((Q(entry__pub_date__year__gte=2006) | (Q(pk__range=(7, 12)) | Q(entry__pub_date__year__gte=2006)))).order_by("-name", "pk")
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
