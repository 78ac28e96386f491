from django.db.models import Count
from blog.models import Entry
rows = Entry.objects.values("rating").annotate(n=Count("id")).order_by("rating")
hist = {r["rating"]: r["n"] for r in rows}
result = (hist, sum(hist.values()), str(rows.query))
