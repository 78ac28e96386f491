from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.filter(Q(pub_date__year=2005)).exclude(blog__tagline__contains='e', id__in=[8, 6, 11]).filter(body_text__in=['Lennon', '%'], number_of_pingbacks__lte=2).order_by("-blog_id", "pk")
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
