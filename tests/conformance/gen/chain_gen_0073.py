from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.filter(Q(authors__name__isnull=False)).filter(blog_id__in=[7, 3], mod_date__year__gte=2008).exclude(number_of_comments__isnull=True).order_by("blog_id", "pk")
    r = qs.last()
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
