# latest() with two fields, one descending.
from blog.models import Entry

e = Entry.objects.latest("rating", "-id")
f = Entry.objects.earliest("pub_date", "id")
result = (e.id, f.id)
