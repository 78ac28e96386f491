from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.exclude(((Q(pub_date__month__in=[11, 6, 1]) ^ Q(pk__gte=F("number_of_pingbacks"))) | Q(id__gt=1))).filter(Q(id__range=(3, 6))).filter(number_of_comments__in=[7, 9]).order_by("pk", "pk")
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
