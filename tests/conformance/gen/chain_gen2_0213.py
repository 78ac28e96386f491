from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.filter((~(Q(mod_date__quarter=3) | Q(mod_date__month__in=[9, 4, 2])) | (Q(body_text__isnull=False) ^ Q(blog_id__isnull=True)))).exclude(Q(mod_date__quarter=3)).order_by("rating", "pk")
    r = qs.annotate(c=Count("pk")).values_list("pk", "c")[:5]
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
