from blog.models import Entry
qs = Entry.objects.filter(pub_date__week_day=1).order_by("id")
result = (str(qs.query), list(qs.values_list("id", flat=True)))
