from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.filter((Q(name='_') | Q(entry__authors__name='a'))).filter(((Q(entry__rating__isnull=False) | Q(entry__authors__name__in=['Django', 'Lennon'])) ^ (Q(entry__headline__contains='Django') ^ Q(id__isnull=False)))).filter((Q(entry__number_of_comments__isnull=False) & ~(Q(id__range=(6, 7)) ^ Q(entry__authors__name__istartswith='')))).order_by("entry__rating", "pk")
    r = qs[:3]
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
