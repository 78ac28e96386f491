# aggregate() over values().annotate() (subquery) and arithmetic between aggregates.
from django.db.models import Count, Sum, Max, Avg
from blog.models import Entry
a = Entry.objects.values("rating").annotate(n=Count("id")).order_by().aggregate(m=Sum("n"), mx=Max("n"))
b = Entry.objects.aggregate(x=Sum("rating") * 2, y=Avg("rating") + Max("number_of_comments"))
result = (a, b)
