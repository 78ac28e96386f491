# F().desc(nulls_last=True) and asc(nulls_first=True).
from django.db.models import F
from blog.models import Entry

a = Entry.objects.order_by(F("rating").desc(nulls_last=True), "id")
b = Entry.objects.order_by(F("blog__name").asc(nulls_first=True), "id")
result = (str(a.query), str(b.query), a.first().id, b.first().id)
