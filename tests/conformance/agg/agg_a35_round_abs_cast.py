# Round, Abs and Cast.
from django.db.models import F, Avg, FloatField, IntegerField
from django.db.models.functions import Round, Abs, Cast
from blog.models import Entry

a = list(Entry.objects.annotate(d=Abs(F("number_of_comments") - F("number_of_pingbacks"))).order_by("id").values_list("id", "d")[:3])
b = Entry.objects.aggregate(r=Round(Avg("rating"), 2))
c = list(Entry.objects.annotate(f=Cast("rating", FloatField())).order_by("id").values_list("f", flat=True)[:2])
result = (a, b, c)
