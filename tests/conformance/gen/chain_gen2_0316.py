from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.filter(id__lt=5).exclude(Q(number_of_pingbacks__range=(1, 3))).exclude(((Q(mod_date__lte=date(2009, 7, 1)) & Q(authors__name='Cheese')) ^ Q(pk__lte=7))).distinct().order_by("-pk", "pk")
    r = qs.aggregate(n=Count("pk"), m=Max("pk"))
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
