from django.db.models import Count
from blog.models import Entry
qs = Entry.objects.values("blog").annotate(n=Count("id")).order_by("blog")
result = (list(qs), str(qs.query))
