from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.filter(blog__tagline__contains='the').exclude(Q(number_of_comments__in=[8, 5, 2])).exclude((~(Q(id__gt=F("number_of_comments")) & Q(mod_date__week_day=4)) | (Q(mod_date__quarter=3) | Q(pub_date__month=3)))).order_by("-number_of_pingbacks", "pk")
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
