# count() and exists() on an M2M manager go to the through table.
from blog.models import Entry

e = Entry.objects.get(pk=1)
result = (e.authors.count(), e.authors.exists(), e.authors.filter(name__startswith="J").count())
