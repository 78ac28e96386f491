# F() date + timedelta in update().
import datetime
from django.db.models import F
from blog.models import Entry

Entry.objects.filter(pk__lte=3).update(mod_date=F("pub_date") + datetime.timedelta(days=7))
result = list(Entry.objects.filter(pk__lte=3).order_by("pk").values_list("pub_date", "mod_date"))
