from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.exclude(((Q(id=F("pk")) | Q(rating__lt=8)) ^ (Q(blog__name__contains='a') & Q(body_text__iexact='Cheese')))).filter(Q(id__gte=6)).exclude(pub_date__lte=date(2011, 10, 1)).order_by("blog_id", "pk")
    r = qs.values("pk")[:5]
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
