# Avg(distinct=True) and Sum(filter=Q()).
from django.db.models import Avg, Sum, Q
from blog.models import Entry

result = Entry.objects.aggregate(avg_d=Avg("rating", distinct=True), avg=Avg("rating"),
                                 hi=Sum("number_of_comments", filter=Q(rating__gte=8)))
