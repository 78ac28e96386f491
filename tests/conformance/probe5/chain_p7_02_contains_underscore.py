from blog.models import Entry
qs = Entry.objects.filter(headline__contains="_")
result = (str(qs.query), qs.count())
