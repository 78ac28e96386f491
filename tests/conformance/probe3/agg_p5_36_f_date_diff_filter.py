# filter mod_date > pub_date + 30 days with F.
import datetime
from django.db.models import F
from blog.models import Entry

qs = Entry.objects.filter(mod_date__gt=F("pub_date") + datetime.timedelta(days=30))
result = (qs.count(), str(qs.query))
