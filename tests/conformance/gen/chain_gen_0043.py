from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.exclude(tagline__endswith='Django', name__isnull=False).exclude(((Q(entry__authors__name__contains='the') ^ Q(entry__pub_date__month__in=[8, 6, 11])) ^ Q(entry__authors__name__endswith='Django'))).filter(name__isnull=True, entry__number_of_comments__gt=F("entry__number_of_comments")).order_by("-entry__number_of_comments", "pk")
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
