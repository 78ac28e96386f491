from django.db.models import F, DurationField, ExpressionWrapper
from blog.models import Entry
qs = Entry.objects.annotate(lag=ExpressionWrapper(F("mod_date") - F("pub_date"), output_field=DurationField())).order_by("-lag", "id")[:2]
result = [(e.id, e.lag) for e in qs]
