from django.db.models import F, DurationField, ExpressionWrapper
from blog.models import Entry
qs = Entry.objects.annotate(lag=ExpressionWrapper(F("mod_date") - F("pub_date"), output_field=DurationField())).order_by("id")[:3]
result = [(e.id, e.lag) for e in qs]
print(qs.query)
