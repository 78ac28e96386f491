# order_by(F().desc(nulls_last=True)) and asc().
from django.db.models import F
from blog.models import Entry

a = list(Entry.objects.order_by(F("rating").desc(nulls_last=True), "id").values_list("id", flat=True)[:5])
b = list(Entry.objects.order_by(F("number_of_comments").asc(), "-id").values_list("id", flat=True)[:5])
result = (a, b)
