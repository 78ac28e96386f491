from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.filter(body_text__isnull=True).filter((Q(number_of_comments__in=[2]) & (Q(body_text__isnull=False) ^ Q(mod_date__month=9)))).exclude((Q(blog_id=F("pk")) & ~(Q(mod_date__quarter=4) ^ Q(rating__gt=F("pk"))))).order_by("rating", "pk")
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
