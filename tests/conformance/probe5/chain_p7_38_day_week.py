from blog.models import Entry
qs = Entry.objects.filter(pub_date__week=24)
result = (str(qs.query), list(qs.values_list("id", flat=True)))
