from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.exclude((~(Q(blog__name__isnull=False) | Q(mod_date__gt=date(2005, 3, 1))) | Q(pub_date__lte=date(2008, 4, 1)))).distinct().order_by("-headline", "pk")
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
