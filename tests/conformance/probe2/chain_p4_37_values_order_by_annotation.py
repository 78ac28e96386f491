# values() + annotate() + order_by of the aggregate.
from django.db.models import Avg
from blog.models import Entry

qs = Entry.objects.values("blog_id").annotate(avg=Avg("rating")).order_by("-avg", "blog_id")
result = (str(qs.query), [(r["blog_id"], round(r["avg"], 2)) for r in qs])
