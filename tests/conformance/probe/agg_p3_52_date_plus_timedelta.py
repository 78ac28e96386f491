# F(date) + timedelta in filter() and annotate().
import datetime
from django.db.models import F
from blog.models import Entry

a = Entry.objects.filter(mod_date__gt=F("pub_date") + datetime.timedelta(days=3)).count()
b = list(Entry.objects.filter(pk=1).annotate(due=F("pub_date") + datetime.timedelta(days=30)).values_list("due", flat=True))
result = (a, b)
