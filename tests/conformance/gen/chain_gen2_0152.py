from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.filter(authors__name__in=['x', 'the'], blog__name__in=['_', 'Lennon']).filter(((Q(authors__name__isnull=False) ^ Q(blog__tagline__in=['a', 'Cheese'])) ^ Q(headline__istartswith='e'))).exclude((Q(body_text__regex='(?i)dj') & Q(number_of_pingbacks__gt=10))).order_by("-number_of_comments", "pk")
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
