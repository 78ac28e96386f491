from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.filter(~(Q(blog__tagline__in=['Lennon', 'Django']) | ~(Q(number_of_pingbacks__range=(1, 4)) | Q(blog__tagline='the')))).exclude(mod_date__month=1).filter(blog__tagline__isnull=True, authors__name__regex='e.e').distinct().order_by("-number_of_pingbacks", "pk")
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
