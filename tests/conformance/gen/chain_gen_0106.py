from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.filter(blog__tagline__istartswith='a', pub_date__year=2007).filter(pk__isnull=False).filter((~(Q(pub_date__month=9) | Q(rating=F("number_of_pingbacks"))) | Q(mod_date__gt=date(2009, 7, 1)))).order_by("body_text", "pk")
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
