from blog.models import Entry
qs = Entry.objects.filter(headline__iendswith="(1)")
result = (str(qs.query), list(qs.values_list("id", flat=True)))
