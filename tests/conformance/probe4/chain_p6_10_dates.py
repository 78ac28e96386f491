from blog.models import Entry
result = list(Entry.objects.dates("pub_date", "year"))[:4]
