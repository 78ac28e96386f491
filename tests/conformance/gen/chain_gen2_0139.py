from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.exclude(rating__isnull=False).exclude(((Q(body_text__iexact='e') & Q(pk__gte=9)) | Q(body_text__regex='o$'))).filter(Q(blog__tagline__contains='Django')).distinct().order_by("id", "pk")
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
