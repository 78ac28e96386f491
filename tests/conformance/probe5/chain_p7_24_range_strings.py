from blog.models import Entry
qs = Entry.objects.filter(pub_date__range=("2006-01-01", "2006-06-30")).order_by("id")
result = (str(qs.query), list(qs.values_list("id", flat=True)))
