from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.exclude(pk__lt=F("entry__number_of_comments")).filter((Q(name__istartswith='the') ^ (Q(entry__headline__in=['Lennon', 'Cheese']) & Q(entry__rating=9)))).filter(entry__authors__name__regex='e.e', entry__pub_date__week_day=7).order_by("-pk", "pk")
    r = qs.values_list("pk", flat=True)[:8]
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
