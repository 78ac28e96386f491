from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.filter(((Q(rating__lte=10) | Q(rating__range=(2, 7))) ^ (Q(authors__name__istartswith='Cheese') & Q(headline__istartswith='a')))).filter(Q(body_text__icontains='the')).filter(rating__range=(8, 8), rating__gt=10).order_by("-number_of_comments", "pk")
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
