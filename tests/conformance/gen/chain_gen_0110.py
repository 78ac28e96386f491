from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.exclude((Q(mod_date__month=6) & ~(Q(pub_date__lte=date(2009, 2, 1)) | Q(rating__lte=1)))).exclude(mod_date__quarter=4, blog_id__lt=4).order_by("-rating", "pk")
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
