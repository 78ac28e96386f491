# F() arithmetic in filters and exclude.
from django.db.models import F
from blog.models import Entry

a = Entry.objects.filter(number_of_comments__gt=F("number_of_pingbacks") * 2 + 1)
b = Entry.objects.exclude(rating__lte=F("number_of_comments") - F("number_of_pingbacks"))
result = (str(a.query), a.count(), str(b.query), b.count())
