from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.filter(pub_date__year=2010, blog_id__in=[8, 5]).exclude(~(Q(number_of_comments__range=(0, 2)) ^ (Q(rating__lt=4) ^ Q(headline__icontains='Lennon')))).filter(number_of_pingbacks__lte=F("rating")).order_by("-headline", "pk")
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
