# F() in exclude() and across a relation.
from django.db.models import F
from blog.models import Entry

a = Entry.objects.exclude(number_of_comments__lt=F("rating")).count()
b = Entry.objects.filter(mod_date__gt=F("pub_date")).count()
result = (a, b)
