from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.filter(~(Q(authors__name__contains='%') & (Q(rating=1) ^ Q(rating__range=(0, 2))))).exclude(Q(pk__isnull=True)).filter(body_text__regex='^[A-M]', pk__range=(6, 9)).order_by("blog_id", "pk")
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
