from django.db.models import Sum, Avg
from blog.models import Entry
result = Entry.objects.filter(rating=99).aggregate(s=Sum("rating", default=0), a=Avg("rating", default=0))
