from blog.models import Entry
result = (Entry.objects.earliest("pub_date").id, Entry.objects.latest("pub_date", "-id").id)
