# pk__in with a sliced QuerySet: SQLite accepts LIMIT inside the subquery.
from blog.models import Entry

top = Entry.objects.order_by("-rating", "id").values("pk")[:3]
result = sorted(Entry.objects.filter(pk__in=top).values_list("id", flat=True))
