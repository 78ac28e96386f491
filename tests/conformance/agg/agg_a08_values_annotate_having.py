# values().annotate().filter() -> GROUP BY + HAVING, ordered by the aggregate.
from django.db.models import Avg, Count
from blog.models import Entry

result = list(Entry.objects.values("blog_id").annotate(avg=Avg("rating"), n=Count("id"))
              .filter(n__gte=10).order_by("-avg"))
