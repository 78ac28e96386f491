# startswith F() across a relation.
from django.db.models import F
from blog.models import Entry

qs = Entry.objects.filter(body_text__icontains=F("blog__name"))
result = (str(qs.query), qs.count())
