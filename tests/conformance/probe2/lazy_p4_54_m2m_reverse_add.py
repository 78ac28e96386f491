# author.entry_set.add() from the other side.
from blog.models import Author

a = Author.objects.get(pk=8)
a.entry_set.add(10, 11)
result = sorted(a.entry_set.values_list("id", flat=True))
