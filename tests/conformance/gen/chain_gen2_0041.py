from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.filter(entry__authors__name__in=['Cheese', '_'], entry__authors__name__contains='_').exclude(entry__pub_date__lte=date(2009, 2, 1), entry__pub_date__gt=date(2008, 10, 1)).filter(((Q(id__in=[]) ^ Q(entry__number_of_comments__gte=8)) ^ ~(Q(entry__authors__name__contains='') & Q(tagline__icontains='')))).order_by("-name", "pk")
    r = qs[:3]
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
