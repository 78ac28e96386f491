from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.filter(((Q(id__range=(2, 5)) ^ Q(entry__rating__gt=1)) | ~(Q(entry__pub_date__lte=date(2006, 9, 1)) & Q(entry__authors__name__in=['Django', '%'])))).filter(Q(entry__rating__in=[5])).order_by("pk", "pk")
    r = qs.exists()
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
