# contains with an F() on the right-hand side (pattern built in SQL).
from django.db.models import F
from blog.models import Entry

qs = Entry.objects.filter(body_text__icontains=F("blog__name"))
result = (qs.count(), str(qs.query))
