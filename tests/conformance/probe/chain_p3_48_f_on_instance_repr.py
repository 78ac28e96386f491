# After assigning F() to an instance field, the attribute holds the expression until refresh.
from django.db.models import F
from blog.models import Entry

e = Entry.objects.get(pk=1)
e.rating = F("rating") + 1
e.save(update_fields=["rating"])
before = repr(e.rating)
e.refresh_from_db(fields=["rating"])
result = (before, e.rating)
