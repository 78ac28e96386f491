from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.exclude(~(Q(blog__name__startswith='Cheese') | Q(authors__name__in=['x', '%']))).filter(pub_date__year=2009, authors__name__contains='x').exclude(blog__name__iexact='the', blog_id__lte=F("id")).order_by("rating", "pk")
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
