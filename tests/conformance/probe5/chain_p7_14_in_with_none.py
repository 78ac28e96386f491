from blog.models import Entry
qs = Entry.objects.filter(id__in=[1, None, 2])
result = (str(qs.query), list(qs.values_list("id", flat=True)))
