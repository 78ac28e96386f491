from blog.models import Entry
qs = Entry.objects.filter(headline__iregex=r"^thoughts").order_by("id")
result = (str(qs.query), list(qs.values_list("id", flat=True)))
