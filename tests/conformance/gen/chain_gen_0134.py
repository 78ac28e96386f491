from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.filter(name__icontains='Lennon', email__icontains='Lennon').exclude((~(Q(id__gt=2) | Q(entry__pub_date__quarter=4)) & Q(entry__headline__endswith='Django'))).distinct().order_by("email", "pk")
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
