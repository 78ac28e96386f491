from blog.models import Entry
a = Entry.objects.exclude(headline=None)
b = Entry.objects.filter(headline__isnull=False)
result = (str(a.query), str(b.query), str(a.query) == str(b.query))
