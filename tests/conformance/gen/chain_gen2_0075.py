from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.exclude((Q(blog__name__regex='(?i)dj') | (Q(blog_id__range=(4, 4)) ^ Q(authors__name__isnull=False)))).filter(number_of_pingbacks__range=(5, 9)).filter(Q(mod_date__quarter=3)).distinct().order_by("-id", "pk")
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
