from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.filter(Q(number_of_comments__in=[6, 8])).filter(pk=F("blog_id")).exclude(~((Q(authors__name__contains='Django') & Q(pub_date__month=9)) ^ ~(Q(body_text__in=['e', 'a']) ^ Q(authors__name__contains='Django')))).distinct().order_by("number_of_pingbacks", "pk")
    r = qs.aggregate(n=Count("pk"), m=Max("pk"))
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
