from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.exclude(~(Q(blog__name__regex='^[A-M]') ^ Q(body_text__contains='Django'))).filter((~(Q(blog_id__lt=6) ^ Q(mod_date__year=2010)) & Q(mod_date__quarter=2))).order_by("-pk", "pk")
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
