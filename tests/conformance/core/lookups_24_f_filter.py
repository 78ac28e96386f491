# F() comparing two columns, and F() across a relation.
from django.db.models import F
from blog.models import Entry

result = (Entry.objects.filter(number_of_pingbacks__gte=F("rating")).count(), Entry.objects.filter(mod_date__gt=F("pub_date")).count())
