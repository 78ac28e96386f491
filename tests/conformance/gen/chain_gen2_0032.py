from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.filter(pk__lte=2, entry__headline__in=['Cheese', 'e']).filter(entry__headline__icontains='%', id=6).filter(entry__pub_date__gt=date(2006, 8, 1), entry__headline__isnull=False).order_by("id", "pk")
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
