from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.filter(entry__pub_date__year__gte=2006, entry__pub_date__quarter=3).filter(((Q(entry__pub_date__gt=date(2009, 4, 1)) | Q(entry__authors__name__contains='x')) & ~(Q(entry__pub_date__lte=date(2005, 6, 1)) | Q(entry__authors__name__istartswith='Lennon')))).filter(Q(entry__headline__iexact='Cheese')).order_by("-tagline", "pk")
    r = qs.annotate(c=Count("pk")).values_list("pk", "c")[:5]
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
