from django.db.models import F
from blog.models import Entry
qs = Entry.objects.filter(mod_date__gt=F("pub_date")).exclude(rating__lt=F("number_of_pingbacks"))
result = (qs.count(), str(qs.query))
