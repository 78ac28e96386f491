from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Blog.objects.exclude((Q(entry__headline__in=['Django', 'e']) | ~(Q(entry__number_of_comments=F("entry__number_of_comments")) & Q(id=3)))).filter((Q(entry__number_of_comments=2) | Q(entry__pub_date__month=8))).order_by("-tagline", "pk")
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
