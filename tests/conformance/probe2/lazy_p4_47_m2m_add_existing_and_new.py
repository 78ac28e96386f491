# entry.authors.add(): SELECT of the existing links, INSERT of the new ones only.
from blog.models import Entry, Author

e = Entry.objects.get(pk=1)
before = sorted(e.authors.values_list("id", flat=True))
e.authors.add(*Author.objects.filter(pk__in=[1, 8]))
e.authors.add(8)
result = (before, sorted(e.authors.values_list("id", flat=True)))
