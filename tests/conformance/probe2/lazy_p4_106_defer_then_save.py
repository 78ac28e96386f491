# save() on an instance with deferred fields updates only the loaded fields.
from blog.models import Entry

e = Entry.objects.only("headline", "rating").get(pk=8)
e.rating = 3
e.save()
result = Entry.objects.values_list("rating", flat=True).get(pk=8)
