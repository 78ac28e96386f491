from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.exclude((~(Q(entry__headline__in=['_', '']) | Q(id__lt=9)) | Q(entry__pub_date__lte=date(2008, 1, 1)))).exclude(entry__rating__lt=5, tagline='_').order_by("entry__rating", "pk")
    r = qs[:3]
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
