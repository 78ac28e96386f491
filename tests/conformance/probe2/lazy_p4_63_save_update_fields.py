# save(update_fields=[...]) updates only those columns.
from blog.models import Entry

e = Entry.objects.get(pk=3)
e.headline = "H"
e.rating = 1
e.save(update_fields=["headline"])
result = Entry.objects.values_list("headline", "rating").get(pk=3)
