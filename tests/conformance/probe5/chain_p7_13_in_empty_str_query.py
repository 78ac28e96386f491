from blog.models import Entry
qs = Entry.objects.filter(id__in=[])
result = str(qs.query)
