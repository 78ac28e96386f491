from blog.models import Entry
qs = Entry.objects.filter(id__in=[])
result = (list(qs), qs.count())
