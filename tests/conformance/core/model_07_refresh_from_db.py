# refresh_from_db() reloads all fields.
from blog.models import Entry

e = Entry.objects.get(pk=4)
Entry.objects.filter(pk=4).update(rating=2)
stale = e.rating
e.refresh_from_db()
result = (stale, e.rating)
