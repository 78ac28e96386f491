from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.filter(~((Q(id__range=(1, 5)) | Q(email__istartswith='')) | Q(email__in=['%', 'Cheese']))).filter(email__icontains='Lennon').filter(entry__blog__name__startswith='_').order_by("id", "pk")
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
