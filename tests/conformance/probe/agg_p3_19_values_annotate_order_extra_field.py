# values("blog").annotate(n=Count) then order_by("pub_date"): the order field joins GROUP BY.
from django.db.models import Count
from blog.models import Entry

qs = Entry.objects.values("blog").annotate(n=Count("id")).order_by("pub_date")
result = (len(qs), str(qs.query))
