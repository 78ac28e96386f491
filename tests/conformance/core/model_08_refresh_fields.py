# refresh_from_db(fields=[...]) reloads only those.
from blog.models import Entry

e = Entry.objects.get(pk=4)
e.headline = "local"
e.rating = 0
e.refresh_from_db(fields=["rating"])
result = (e.headline, e.rating)
