from blog.models import Entry
qs = Entry.objects.filter(headline__contains="100%")
result = (str(qs.query), list(qs))
