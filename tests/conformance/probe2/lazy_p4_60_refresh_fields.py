# refresh_from_db(fields=[...]) reloads only those fields.
from blog.models import Entry

e = Entry.objects.get(pk=2)
e.headline = "changed"
e.rating = 99
e.refresh_from_db(fields=["headline"])
result = (e.headline != "changed", e.rating)
