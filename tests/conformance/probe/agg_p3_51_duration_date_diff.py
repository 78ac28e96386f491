# Subtracting two DateFields gives a DurationField (timedelta) on SQLite.
from django.db.models import DurationField, ExpressionWrapper, F
from blog.models import Entry

qs = Entry.objects.filter(pk__lte=3).annotate(lag=ExpressionWrapper(F("mod_date") - F("pub_date"), output_field=DurationField())).order_by("id")
result = list(qs.values_list("id", "lag"))
