# F() across a relation in a filter.
from django.db.models import F
from blog.models import Entry

qs = Entry.objects.filter(headline__startswith=F("blog__name"))
qs2 = Entry.objects.filter(authors__name=F("blog__name"))
result = (str(qs.query), qs.count(), str(qs2.query))
