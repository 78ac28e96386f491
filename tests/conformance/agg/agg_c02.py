# annotate() with select_related(): GROUP BY includes the related columns.
from django.db.models import Count
from blog.models import Entry
qs = Entry.objects.select_related("blog").annotate(na=Count("authors")).order_by("id")[:3]
result = [(e.id, e.blog.name, e.na) for e in qs]
