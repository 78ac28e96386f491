# set(clear=True) clears then adds all.
from blog.models import Entry

e = Entry.objects.get(pk=4)
e.authors.set([7, 8], clear=True)
result = sorted(e.authors.values_list("id", flat=True))
