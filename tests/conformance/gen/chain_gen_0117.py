from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.filter(~(Q(number_of_pingbacks=4) & Q(blog__tagline__endswith='Lennon'))).filter(number_of_pingbacks__lt=F("pk"), pub_date__gt=date(2005, 12, 1)).filter(Q(body_text__regex='o$')).distinct().order_by("headline", "pk")
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
