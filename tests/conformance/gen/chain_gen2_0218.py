from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.filter(entry__rating=F("entry__number_of_comments"), pk=4).exclude((Q(name__isnull=True) ^ (Q(name__iexact='') ^ Q(name__regex='^[A-M]')))).exclude(Q(name__istartswith='Cheese')).order_by("id", "pk")
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
