# values() before and after annotate(): grouping as Django builds it.
from django.db.models import Count, Sum, Avg, F
from blog.models import Entry, Blog
print(list(Entry.objects.values("blog").annotate(n=Count("pk")).order_by("blog")[:3]))
print(list(Entry.objects.annotate(n=Count("authors")).values("pk", "n").order_by("pk")[:3]))
print(list(Entry.objects.values("blog__name").annotate(s=Sum("rating")).order_by("-s")[:2]))
print(list(Blog.objects.values("name").annotate(avg=Avg("entry__rating")).filter(avg__gt=5).order_by("name")[:2]))
print(list(Entry.objects.values(year=F("pub_date__year")).annotate(n=Count("pk")).order_by("year")[:3]))
print(Entry.objects.values("blog").annotate(n=Count("pk")).query)
result = list(Entry.objects.values("blog").annotate(n=Count("pk")).order_by("-n", "blog")[:1])
