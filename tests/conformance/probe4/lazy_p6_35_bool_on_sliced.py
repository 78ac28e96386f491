from blog.models import Entry
qs = Entry.objects.order_by("-rating")[:5]
result = (bool(qs), qs.exists(), len(qs))
