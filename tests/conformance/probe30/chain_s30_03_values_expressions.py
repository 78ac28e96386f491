from django.db.models import F, Value, CharField, IntegerField, ExpressionWrapper, FloatField
from django.db.models.functions import Concat, Upper
from blog.models import Entry
qs = (Entry.objects
      .values("blog__name")
      .annotate(label=Concat(Upper("headline"), Value(" / "), "blog__name", output_field=CharField()))
      .annotate(score=ExpressionWrapper(F("rating") * 1.5, output_field=FloatField()))
      .order_by("-score", "pk")[:3])
print(qs.query)
rows = list(qs)
for r in rows:
    print(sorted(r.items()))
try:
    list(Entry.objects.annotate(x=F("rating") * 1.5).values("x")[:1])
except Exception as e:
    print(type(e).__name__, e)
result = rows
