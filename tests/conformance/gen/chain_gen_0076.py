from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.filter(Q(id__range=(8, 11))).exclude(~((Q(id__lt=3) | Q(pk__gt=F("id"))) | ~(Q(entry__authors__name__in=['Lennon', 'e']) | Q(entry__headline__startswith='the')))).distinct().order_by("pk", "pk")
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
