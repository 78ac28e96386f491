from blog.models import Entry
qs = Entry.objects.filter(headline__icontains="a\\b")
result = (str(qs.query), qs.count())
