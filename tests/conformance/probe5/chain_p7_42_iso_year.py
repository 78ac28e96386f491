from blog.models import Entry
qs = Entry.objects.filter(pub_date__iso_year=2005)
result = (str(qs.query), list(qs.values_list("id", flat=True)))
