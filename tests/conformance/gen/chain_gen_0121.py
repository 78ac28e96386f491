from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.filter((~(Q(entry__pub_date__year__gte=2006) | Q(entry__authors__name__contains='the')) & Q(entry__headline__isnull=False))).filter(tagline='', id__gte=1).exclude(Q(entry__headline__icontains='a')).order_by("tagline", "pk")
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
