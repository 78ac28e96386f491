# RawSQL in annotate() with params.
from django.db.models.expressions import RawSQL
from blog.models import Entry

qs = Entry.objects.annotate(bonus=RawSQL("rating + %s", (100,))).filter(pk__lte=2).order_by("id")
result = list(qs.values_list("id", "bonus"))
