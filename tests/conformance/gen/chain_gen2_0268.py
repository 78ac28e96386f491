from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.filter(name__regex='e.e', entry__rating__lt=8).exclude(Q(email='Lennon')).filter(~((Q(entry__rating__lt=1) | Q(id__gt=F("entry__rating"))) | ~(Q(entry__rating__gt=F("pk")) | Q(id__range=(5, 6))))).order_by("-name", "pk")
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
