from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.exclude(((Q(blog__tagline__contains='') | Q(blog__tagline='')) | Q(number_of_pingbacks__lt=10))).filter(mod_date__gt=date(2011, 6, 1)).exclude(blog_id__gte=F("number_of_comments")).distinct().order_by("-number_of_comments", "pk")
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
