# Aggregating an empty (none()) QuerySet: values without a query; count() is 0.
from django.db.models import Count, Sum
from blog.models import Entry

qs = Entry.objects.none()
result = (qs.aggregate(s=Sum("rating"), c=Count("id")), qs.count(), qs.exists(), list(qs.values_list("id", flat=True)))
