from django.db.models import Sum
from blog.models import Entry
result = Entry.objects.order_by("-rating", "id")[:5].aggregate(s=Sum("rating"))
