# aggregate() on an empty queryset and with default=.
from django.db.models import Sum, Count, Avg
from blog.models import Entry

a = Entry.objects.none().aggregate(s=Sum("rating"), n=Count("id"))
b = Entry.objects.filter(rating__gt=99).aggregate(s=Sum("rating", default=0), a=Avg("rating"))
result = (a, b)
