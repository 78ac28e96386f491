from blog.models import Entry
from django.db.models import Count
result = [
    Entry.objects.all().ordered,
    Entry.objects.order_by("id").ordered,
    Entry.objects.order_by().ordered,
    Entry.objects.values("blog").annotate(n=Count("id")).ordered,
    Entry.objects.none().ordered,
    Entry.objects.extra(order_by=["id"]).ordered,
]
