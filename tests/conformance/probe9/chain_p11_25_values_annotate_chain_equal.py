from django.db.models import Count, Avg
from blog.models import Entry
a = (Entry.objects
     .values("blog__name")
     .annotate(n=Count("id"), avg=Avg("rating"))
     .order_by("-n", "blog__name"))
b = Entry.objects.values("blog__name").annotate(n=Count("id"), avg=Avg("rating")).order_by("-n", "blog__name")
result = (str(a.query) == str(b.query), str(a.query), list(a))
