from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.filter(entry__authors__name='Lennon', name__startswith='_').exclude((~(Q(name='Cheese') & Q(entry__number_of_comments__isnull=False)) | ~(Q(name__isnull=True) | Q(name__contains='the')))).filter(id__isnull=True).distinct().order_by("name", "pk")
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
