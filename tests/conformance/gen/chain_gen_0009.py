from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.filter(headline='x').filter(rating__isnull=True, number_of_comments__gt=6).filter(((Q(blog__name__iexact='x') | Q(rating=4)) ^ Q(headline__iexact='%'))).order_by("-number_of_comments", "pk")
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
