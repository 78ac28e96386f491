from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.filter(~(Q(number_of_comments__gt=0) | (Q(blog__tagline__in=['Django', 'x']) | Q(blog_id__in=[10, 7])))).filter(blog__tagline__isnull=False).order_by("rating", "pk")
    r = qs.values_list("pk", flat=True)[:8]
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
