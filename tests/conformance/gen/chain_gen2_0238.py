from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.filter(~((Q(blog__name__endswith='%') & Q(blog_id__in=[1, 4])) | ~(Q(blog__tagline__istartswith='%') & Q(blog__tagline__contains='Django')))).filter(number_of_comments__lte=1, number_of_pingbacks__lte=F("number_of_pingbacks")).filter(Q(rating__isnull=True)).order_by("rating", "pk")
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
