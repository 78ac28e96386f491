from blog.models import Entry
qs = Entry.objects.none()
result = (list(qs), qs.count(), qs.exists(), bool(qs))
