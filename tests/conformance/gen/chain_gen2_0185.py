from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.filter(~(~(Q(number_of_comments__lt=F("number_of_comments")) & Q(authors__name__iexact='%')) | (Q(pub_date__gt=date(2008, 8, 1)) | Q(body_text__in=['Django', 'Lennon'])))).filter(blog__tagline__endswith='Lennon', id__range=(4, 8)).exclude(~((Q(number_of_pingbacks=2) | Q(pub_date__year=2009)) ^ (Q(number_of_comments__isnull=False) ^ Q(number_of_pingbacks__gt=F("id"))))).distinct().order_by("-pk", "pk")
    r = qs.count()
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
