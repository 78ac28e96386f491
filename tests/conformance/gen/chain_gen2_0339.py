from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.filter((~(Q(pk__lte=10) & Q(mod_date__year=2006)) ^ ~(Q(rating__range=(0, 0)) & Q(number_of_pingbacks__lt=4)))).exclude(pub_date__year=2007, body_text='e').filter(pub_date__month=9).order_by("-headline", "pk")
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
