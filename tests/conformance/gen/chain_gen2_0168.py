from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.filter(((Q(entry__rating__lt=6) & Q(entry__pub_date__year__gte=2008)) | (Q(entry__pub_date__quarter=2) & Q(email__startswith='Cheese')))).exclude(entry__headline__endswith='x', pk__gte=3).distinct().order_by("pk", "pk")
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
