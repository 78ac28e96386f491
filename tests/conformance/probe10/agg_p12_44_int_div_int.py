from django.db.models import F
from blog.models import Entry
qs = Entry.objects.annotate(r=F("number_of_comments") / F("number_of_pingbacks"), m=F("number_of_comments") % 4).order_by("id")[:3]
result = [(e.number_of_comments, e.number_of_pingbacks, e.r, e.m) for e in qs]
print(qs.query)
