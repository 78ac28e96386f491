# entry.authors.add() inserts only the missing links.
from blog.models import Entry, Author

e = Entry.objects.get(pk=1)
e.authors.add(Author.objects.get(pk=8), 1)
result = list(e.authors.order_by("id").values_list("id", flat=True))
