# Date part lookups chained.
from blog.models import Entry

qs = Entry.objects.filter(pub_date__year__gte=2010, pub_date__month__in=[1, 2, 3]).exclude(pub_date__week_day=1)
result = (str(qs.query), qs.count())
