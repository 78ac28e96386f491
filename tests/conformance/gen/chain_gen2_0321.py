from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.filter(((Q(rating__lte=6) | Q(id__gt=F("blog_id"))) | (Q(mod_date__month__in=[11, 7, 6]) ^ Q(pub_date__week_day=7)))).filter(pub_date__gt=date(2009, 7, 1), mod_date__gt=date(2005, 9, 1)).filter(number_of_pingbacks__in=[], blog__tagline__contains='Cheese').order_by("rating", "pk")
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
