from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.filter(blog__name__istartswith='_', id__gt=6).exclude(headline__istartswith='e', authors__name__contains='e').filter(((Q(pk__lt=F("id")) & Q(headline__startswith='the')) ^ (Q(blog_id=7) ^ Q(body_text__istartswith='_')))).distinct().order_by("id", "pk")
    r = qs.annotate(c=Count("pk")).values_list("pk", "c")[:5]
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
