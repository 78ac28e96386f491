from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.filter((Q(mod_date__year__gte=2008) | Q(pk__gt=8))).exclude((Q(number_of_pingbacks__lt=F("rating")) ^ Q(blog_id__isnull=True))).distinct().order_by("body_text", "pk")
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
