# aggregate() over a sliced queryset runs over a subquery.
from django.db.models import Sum, Avg
from blog.models import Entry

result = Entry.objects.order_by("-rating", "id")[:5].aggregate(s=Sum("rating"), a=Avg("number_of_comments"))
