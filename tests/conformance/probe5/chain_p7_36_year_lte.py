from blog.models import Entry
qs = Entry.objects.filter(pub_date__year__lte=2005)
result = (str(qs.query), qs.count())
