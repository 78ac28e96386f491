# F() on an instance saved with update_fields, refresh_from_db(fields=).
from django.db.models import F
from blog.models import Entry
e = Entry.objects.get(pk=3)
e.number_of_pingbacks = F("number_of_pingbacks") + 10
e.save(update_fields=["number_of_pingbacks"])
e.refresh_from_db(fields=["number_of_pingbacks"])
result = e.number_of_pingbacks
