from blog.models import Entry
qs = Entry.objects.filter(blog__isnull=True)
result = (str(qs.query), qs.count())
