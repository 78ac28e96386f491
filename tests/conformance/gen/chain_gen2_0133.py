from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.exclude(name__regex='^[A-M]', entry__number_of_comments__lt=7).exclude(~(~(Q(entry__headline__istartswith='%') ^ Q(tagline__startswith='a')) ^ Q(entry__pub_date__month__in=[12, 2, 5]))).order_by("entry__number_of_comments", "pk")
    r = qs[:3]
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
