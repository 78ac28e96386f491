from blog.models import Entry
loop = [e.id for e in sorted(Entry.objects.all(), key=lambda e: (-e.rating, e.pub_date))][:8]
orm = list(Entry.objects.order_by("-rating", "pub_date").values_list("id", flat=True)[:8])
result = (loop == orm, orm)
