from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.filter((~(Q(body_text__regex='e.e') ^ Q(pub_date__gt=date(2007, 12, 1))) & ~(Q(number_of_comments__range=(8, 13)) | Q(mod_date__month=3)))).distinct().order_by("pk", "pk")
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
