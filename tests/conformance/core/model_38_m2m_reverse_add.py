# Adding from the reverse side of a M2M.
from blog.models import Author, Entry

a = Author.objects.get(pk=8)
a.entry_set.add(Entry.objects.get(pk=2), Entry.objects.get(pk=3))
result = list(a.entry_set.order_by("id").values_list("id", flat=True))
