from blog.models import Entry
result = Entry.objects.filter(rating__gt=8).exists(), Entry.objects.filter(pk=1).explain()
