# DISTINCT with an ordering column outside values_list(): Django adds it to the SELECT
# but the rows stop at the values asked for.
from django.db.models import Count
from blog.models import Entry
qs = Entry.objects.distinct().order_by("-headline", "pk")
print(list(qs.values_list("pk", "rating")[:2]))
print(list(qs.values("pk")[:2]))
print(list(qs.annotate(c=Count("pk")).values_list("pk", "c")[:2]))
print(list(qs.annotate(c=Count("pk")).values("pk", "c")[:2]))
print(list(qs.values("pk").annotate(c=Count("pk"))[:2]))
print(qs.annotate(c=Count("pk")).values_list("pk", "c")[:2].query)
