from blog.models import Entry
result = Entry.objects.filter(authors__name="Joe").distinct().explain()
