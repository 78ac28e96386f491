# only() loads some columns; touching a deferred one runs a query per instance.
from blog.models import Entry

e = Entry.objects.only("headline").get(pk=2)
h = e.headline
r = e.rating
result = (h, r, sorted(e.get_deferred_fields()))
