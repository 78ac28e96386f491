from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.filter(entry__pub_date__year__gte=2011, entry__pub_date__year=2006).exclude(((Q(entry__blog__name__isnull=True) | Q(entry__headline__istartswith='x')) & ~(Q(name__iexact='Lennon') & Q(entry__rating__range=(0, 3))))).order_by("-pk", "pk")
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
