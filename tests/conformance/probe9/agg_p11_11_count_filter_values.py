from django.db.models import Count, Q
from blog.models import Entry
qs = Entry.objects.values("blog_id").annotate(good=Count("id", filter=Q(rating__gte=8)), bad=Count("id", filter=Q(rating__lte=3))).order_by("blog_id")
result = (list(qs), str(qs.query))
