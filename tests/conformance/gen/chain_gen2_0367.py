from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.filter(blog_id__range=(2, 2)).exclude(blog_id__range=(2, 7), number_of_comments__lt=0).filter(pub_date__lte=date(2011, 2, 1), blog__tagline__contains='e').distinct().order_by("body_text", "pk")
    r = qs.count()
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
