# refresh_from_db() on a deferred instance reloads the loaded fields only.
from blog.models import Entry

e = Entry.objects.defer("body_text").get(pk=8)
e.refresh_from_db()
result = (sorted(e.get_deferred_fields()), e.body_text[:10])
