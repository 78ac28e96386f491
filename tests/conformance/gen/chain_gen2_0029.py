from datetime import date
from django.db.models import Q, F, Count, Max, Min, Sum, Avg
from blog.models import Entry, Blog, Author
try:
    qs = Entry.objects.filter(((Q(blog__name__icontains='x') | Q(pub_date__year=2005)) & Q(id__lte=1))).filter(~(Q(number_of_pingbacks=0) ^ Q(number_of_comments__in=[8]))).filter(blog_id__gt=10, body_text='Lennon').order_by("-id", "pk")
    r = qs.values_list("pk", flat=True)[:8]
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
