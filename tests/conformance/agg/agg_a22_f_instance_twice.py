# F() on an instance saved twice applies twice (the docs' warning).
from django.db.models import F
from blog.models import Entry

e = Entry.objects.get(pk=2)
before = e.rating
e.rating = F("rating") + 1
e.save()
e.save()
e.refresh_from_db()
result = (before, e.rating)
