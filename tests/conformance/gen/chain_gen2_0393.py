from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.exclude(Q(headline__istartswith='Cheese')).exclude(authors__name__isnull=False, number_of_comments__gt=6).filter(headline__regex='^[A-M]', blog__name__regex='^[A-M]').distinct().order_by("body_text", "pk")
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
