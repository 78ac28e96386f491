from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.filter(Q(entry__pub_date__year__gte=2006)).filter((Q(id__lt=6) ^ (Q(name__startswith='Cheese') ^ Q(pk__in=[8, 5, 11])))).distinct().order_by("-tagline", "pk")
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
