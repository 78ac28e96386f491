from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.exclude(Q(entry__blog__name__in=['e', 'Lennon'])).filter(Q(entry__headline__endswith='x')).exclude((Q(name__startswith='a') & ~(Q(entry__rating__range=(8, 10)) | Q(entry__headline='Lennon')))).distinct().order_by("id", "pk")
    r = qs.aggregate(n=Count("pk"), m=Max("pk"))
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
