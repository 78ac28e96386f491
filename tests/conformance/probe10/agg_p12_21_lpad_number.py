from django.db.models import Value, CharField
from django.db.models.functions import LPad, Cast
from blog.models import Entry
qs = Entry.objects.annotate(code=LPad(Cast("id", CharField()), 5, Value("0"))).order_by("id").values_list("code", flat=True)[:3]
result = (list(qs), str(qs.query))
