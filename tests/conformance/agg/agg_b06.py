# Expressions in values_list()/values(), F() division in filter().
from django.db.models.functions import Lower, Upper
from django.db.models import F
from blog.models import Entry
a = list(Entry.objects.values_list("id", Lower("headline")).order_by("id")[:2])
b = list(Entry.objects.filter(rating__gt=F("number_of_comments") / 2).order_by("id").values_list("id", flat=True)[:5])
c = list(Entry.objects.values("id", up=Upper("headline")).order_by("-id")[:2])
result = (a, b, c)
