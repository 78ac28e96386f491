from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.filter(mod_date__quarter=3).exclude((Q(authors__name__in=['Cheese', 'e']) & (Q(pk__isnull=True) ^ Q(mod_date__month=4)))).exclude(number_of_pingbacks__in=[10, 11, 0], number_of_pingbacks__lt=9).order_by("-pk", "pk")
    r = qs.exists()
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
