from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.exclude((Q(mod_date__year=2008) & Q(number_of_pingbacks__range=(1, 5)))).filter(headline='%', blog_id__lt=1).exclude(mod_date__month__in=[6, 4, 11]).order_by("-headline", "pk")
    r = qs.count()
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
