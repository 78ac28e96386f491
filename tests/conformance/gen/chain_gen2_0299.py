from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.exclude((Q(entry__pub_date__year=2006) & Q(entry__pub_date__month__in=[4, 5, 6]))).exclude(entry__authors__name__iexact='Cheese').order_by("-entry__number_of_comments", "pk")
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
