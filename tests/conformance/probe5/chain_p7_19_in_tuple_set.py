from blog.models import Entry
qs = Entry.objects.filter(id__in={3, 1, 2}).order_by("id")
result = (str(qs.query), list(qs.values_list("id", flat=True)))
