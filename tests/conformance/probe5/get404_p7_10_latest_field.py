from blog.models import Entry
e = Entry.objects.latest("pub_date")
f = Entry.objects.earliest("pub_date", "id")
result = (e.id, f.id)
