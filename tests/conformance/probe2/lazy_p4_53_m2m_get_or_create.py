# get_or_create() on an M2M manager: created adds the link.
from blog.models import Entry

e = Entry.objects.get(pk=7)
a1, c1 = e.authors.get_or_create(name="Zed", defaults={"email": "z@example.com"})
a2, c2 = e.authors.get_or_create(name="Zed")
result = (c1, c2, a1.pk == a2.pk)
