from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.filter((Q(pk__range=(5, 7)) | Q(tagline__isnull=False))).exclude(((Q(entry__pub_date__quarter=2) | Q(entry__pub_date__week_day=5)) ^ Q(pk__isnull=False))).filter(entry__number_of_comments__in=[6], name__iexact='%').order_by("-pk", "pk")
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
