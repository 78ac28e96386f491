from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.exclude((Q(pub_date__month=3) | (Q(body_text__regex='e.e') | Q(rating__lt=F("pk"))))).filter(pk=F("pk")).filter(authors__name__regex='o$', authors__name__iexact='%').order_by("-rating", "pk")
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
