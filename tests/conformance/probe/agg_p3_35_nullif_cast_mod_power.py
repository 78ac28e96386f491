# NullIf, Cast to FloatField, Mod and Power.
from django.db.models import FloatField
from django.db.models.functions import Cast, Mod, NullIf, Power
from blog.models import Entry

qs = Entry.objects.filter(pk__lte=3).annotate(
    n=NullIf("rating", 5), f=Cast("rating", FloatField()), m=Mod("number_of_comments", 5), p=Power("rating", 2)).order_by("id")
result = list(qs.values_list("n", "f", "m", "p"))
