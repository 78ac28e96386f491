from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.filter(authors__name__endswith='%', pk__lt=F("blog_id")).filter(~((Q(authors__name__regex='(?i)dj') & Q(pub_date__year__gte=2008)) ^ (Q(pk__lte=1) & Q(body_text__iexact='%')))).distinct().order_by("-body_text", "pk")
    r = qs.first()
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
