from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.filter((Q(tagline__istartswith='%') ^ Q(entry__pub_date__week_day=1))).filter(tagline__regex='^[A-M]', pk__range=(4, 8)).exclude(entry__authors__name__in=['%', 'e'], entry__authors__name__in=['', 'a']).order_by("entry__rating", "pk")
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
