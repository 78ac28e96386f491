from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.exclude(blog_id__lt=F("pk")).exclude(Q(pk__gte=3)).filter(mod_date__month__in=[10, 5, 1], blog__tagline__in=['x', 'Cheese']).order_by("-number_of_pingbacks", "pk")
    r = qs.last()
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
