# Meta.ordering on a proxy: default ORDER BY, first()/last(), and ignored in values().annotate() GROUP BY.
from django.db.models import Count
from blog.models import Entry


class OrderedEntry(Entry):
    class Meta:
        proxy = True
        app_label = "blog"
        ordering = ["-rating", "id"]


qs = OrderedEntry.objects.filter(blog_id=1)
result = (qs.first().id, qs.last().id, list(qs.values_list("id", flat=True)[:3]),
          list(OrderedEntry.objects.values("blog_id").annotate(n=Count("id")).order_by("blog_id")))
