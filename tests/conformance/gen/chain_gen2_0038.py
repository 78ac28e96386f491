from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.filter(entry__pub_date__year=2007, entry__rating__gt=8).filter(entry__headline__in=['Lennon', 'e'], entry__rating__gte=F("pk")).filter(id__gte=1, entry__rating__lt=5).order_by("name", "pk")
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
