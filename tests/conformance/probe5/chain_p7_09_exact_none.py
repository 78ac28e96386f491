from blog.models import Entry
qs = Entry.objects.filter(headline=None)
result = (str(qs.query), qs.count())
