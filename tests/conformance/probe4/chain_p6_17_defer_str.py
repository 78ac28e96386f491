from blog.models import Entry
e = Entry.objects.defer("headline").get(pk=2)
result = str(e)
