from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.filter(blog__tagline__icontains='_', pub_date__year=2005).filter(mod_date__year__gte=2009).distinct().order_by("-number_of_comments", "pk")
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
