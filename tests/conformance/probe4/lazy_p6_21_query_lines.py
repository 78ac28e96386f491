from blog.models import Entry
from django.db.models import Count
qs = Entry.objects.values("blog__name").annotate(n=Count("id")).filter(n__gt=3).order_by("-n")
for part in str(qs.query).replace(" FROM", "\nFROM").replace(" WHERE", "\nWHERE").replace(" GROUP BY", "\nGROUP BY").split("\n"):
    print(part)
result = list(qs)
