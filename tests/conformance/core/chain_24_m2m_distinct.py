# Filtering over a M2M then distinct().
from blog.models import Entry

qs = Entry.objects.filter(authors__name__startswith="J").order_by("id")
result = (qs.count(), qs.distinct().count(), list(qs.distinct().values_list("id", flat=True))[:6])
