# save() on a loaded instance UPDATEs every column.
from blog.models import Entry

e = Entry.objects.get(pk=2)
e.rating = 1
e.save()
result = list(Entry.objects.filter(rating=1).order_by("id").values_list("id", flat=True)[:3])
