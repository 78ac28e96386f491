# Count over M2M filtered in HAVING, instances and count().
from django.db.models import Count
from blog.models import Entry
qs = Entry.objects.annotate(na=Count("authors")).filter(na__gte=2).order_by("-na", "id")
result = ([(e.id, e.na) for e in qs[:4]], qs.count())
