from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.filter(entry__rating__in=[7, 4], entry__pub_date__year=2005).exclude(entry__rating=F("entry__number_of_comments"), entry__authors__name__icontains='the').filter(entry__rating__gte=F("pk")).order_by("name", "pk")
    r = qs.first()
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
