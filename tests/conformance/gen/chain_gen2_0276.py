from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.exclude(~((Q(entry__headline__istartswith='_') | Q(pk__gt=4)) & ~(Q(entry__rating__in=[0, 1, 11]) | Q(entry__headline__endswith='Cheese')))).filter(((Q(id__gt=1) ^ Q(entry__headline__istartswith='_')) | Q(entry__authors__name='Django'))).exclude(entry__number_of_comments__gte=5, entry__headline__startswith='Lennon').order_by("-entry__rating", "pk")
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
