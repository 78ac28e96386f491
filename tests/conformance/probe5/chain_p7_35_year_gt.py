from blog.models import Entry
qs = Entry.objects.filter(pub_date__year__gt=2009).order_by("id")
result = (str(qs.query), list(qs.values_list("id", flat=True)))
