# authors.clear(): one DELETE.
from blog.models import Entry

e = Entry.objects.get(pk=5)
e.authors.clear()
result = e.authors.count()
