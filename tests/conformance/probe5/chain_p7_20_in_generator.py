from blog.models import Entry
qs = Entry.objects.filter(id__in=(i for i in range(3)))
result = (str(qs.query), qs.count())
