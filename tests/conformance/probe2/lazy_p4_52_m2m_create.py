# authors.create(): INSERT the author, then the link.
from blog.models import Entry

e = Entry.objects.get(pk=6)
a = e.authors.create(name="Newbie", email="n@example.com")
result = (a.name, e.authors.filter(pk=a.pk).exists(), a.entry_set.count())
