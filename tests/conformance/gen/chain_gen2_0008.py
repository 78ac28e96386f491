from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.filter((Q(entry__pub_date__year=2010) ^ ~(Q(tagline__istartswith='Lennon') | Q(entry__authors__name__in=['Lennon', '_'])))).exclude(pk__gt=F("id"), name__iexact='a').filter(tagline__istartswith='Cheese', entry__rating__gt=2).order_by("entry__number_of_comments", "pk")
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
