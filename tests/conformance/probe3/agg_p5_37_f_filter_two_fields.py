# F comparing two integer fields, with multiplication.
from django.db.models import F
from blog.models import Entry

qs = Entry.objects.filter(number_of_comments__gt=F("number_of_pingbacks") * 2).order_by("pk")
result = (qs.count(), str(qs.query))
