# add() and remove() with no objects on an M2M manager, and set([]).
from blog.models import Entry

e = Entry.objects.get(pk=1)
e.authors.add()
e.authors.remove()
e.authors.set([])
result = e.authors.count()
