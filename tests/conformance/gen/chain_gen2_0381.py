from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Author.objects.filter((Q(name__in=['the', 'Cheese']) ^ ~(Q(entry__headline__endswith='') ^ Q(entry__rating__in=[3])))).exclude(((Q(entry__pub_date__week_day=2) ^ Q(email__contains='the')) ^ (Q(entry__pub_date__gt=date(2008, 4, 1)) & Q(pk__gt=9)))).filter(~(Q(entry__pub_date__month__in=[3, 1, 5]) | (Q(entry__pub_date__quarter=3) | Q(id__range=(1, 2))))).order_by("-name", "pk")
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
