from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.filter((Q(body_text__isnull=True) ^ Q(authors__name__endswith='e'))).filter(pub_date__gt=date(2010, 3, 1), number_of_pingbacks__range=(8, 10)).distinct().order_by("blog_id", "pk")
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
