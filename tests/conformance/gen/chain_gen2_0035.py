from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.filter(entry__rating=F("id"), entry__rating=0).filter(((Q(entry__pub_date__month__in=[12, 10, 6]) | Q(entry__blog__name__regex='e.e')) ^ Q(entry__pub_date__lte=date(2006, 6, 1)))).filter(entry__pub_date__month__in=[10, 8, 4]).order_by("entry__rating", "pk")
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
