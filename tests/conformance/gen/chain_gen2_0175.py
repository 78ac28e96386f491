from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.exclude((Q(pub_date__lte=date(2007, 9, 1)) | (Q(mod_date__year=2008) & Q(number_of_pingbacks=F("number_of_comments"))))).distinct().order_by("-number_of_pingbacks", "pk")
    r = qs.exists()
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
