from django.db.models import F, ExpressionWrapper, DurationField
from blog.models import Entry
qs = Entry.objects.annotate(lag=ExpressionWrapper(F("mod_date") - F("pub_date"), output_field=DurationField())).order_by("-lag", "id")[:3]
result = ([(e.id, e.lag) for e in qs], str(qs.query))
