from blog.models import Entry
qs = Entry.objects.exclude(id__in=[])
result = (qs.count(), str(qs.query))
