from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.exclude((Q(rating__lte=9) | (Q(blog__name__regex='e.e') | Q(blog__name__contains='Django')))).exclude(Q(rating__gt=4)).exclude(headline__iexact='the').order_by("blog_id", "pk")
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
