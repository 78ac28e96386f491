from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.exclude(Q(pub_date__month=9)).exclude(Q(blog__tagline__istartswith='x')).filter((Q(pub_date__year=2011) | (Q(body_text__in=['e', '%']) | Q(body_text__isnull=False)))).distinct().order_by("-pk", "pk")
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
