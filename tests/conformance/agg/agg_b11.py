# values().annotate() after a date filter, HAVING on Avg, count() of it.
from django.db.models import Count, Avg
from blog.models import Entry
qs = Entry.objects.filter(pub_date__year__gte=2010).values("blog__name").annotate(n=Count("id"), r=Avg("rating")).filter(r__gt=5).order_by("-n", "blog__name")
result = (list(qs), qs.count())
