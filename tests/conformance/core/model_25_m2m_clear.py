# entry.authors.clear() deletes every link of the entry.
from blog.models import Entry

e = Entry.objects.get(pk=15)
e.authors.clear()
result = (e.authors.count(), Entry.authors.through.objects.count())
