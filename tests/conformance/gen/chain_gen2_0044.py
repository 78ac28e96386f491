from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.filter(headline__isnull=True).filter(body_text__regex='e.e').filter(((Q(rating__lt=0) | Q(pub_date__month=1)) ^ Q(pub_date__lte=date(2007, 2, 1)))).order_by("-number_of_pingbacks", "pk")
    r = qs.values_list("pk", flat=True)[:8]
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
