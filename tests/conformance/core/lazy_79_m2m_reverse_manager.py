# The reverse side of a M2M: author.entry_set.
from blog.models import Author

a = Author.objects.get(pk=8)
b = Author.objects.get(pk=6)
result = (list(a.entry_set.all()), list(b.entry_set.order_by("id").values_list("id", flat=True)))
