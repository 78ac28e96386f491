from blog.models import Entry
result = Entry.objects.filter(headline__startswith="Why").only("id").explain()
