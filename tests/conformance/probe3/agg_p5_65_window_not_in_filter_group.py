# Count over values() of a date truncated month, ordered.
from django.db.models import Count
from django.db.models.functions import TruncMonth
from blog.models import Entry

qs = Entry.objects.annotate(m=TruncMonth("pub_date")).values("m").annotate(n=Count("id")).order_by("-n", "m")[:3]
result = (list(qs), str(qs.query))
