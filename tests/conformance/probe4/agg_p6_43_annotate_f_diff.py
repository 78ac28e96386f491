from django.db.models import F
from blog.models import Entry
qs = Entry.objects.annotate(engagement=F("number_of_comments") + F("number_of_pingbacks")).order_by("-engagement", "id")[:3]
result = [(e.id, e.engagement) for e in qs]
