from django.db.models import F, DurationField, ExpressionWrapper
from django.db.models.functions import ExtractDay
from blog.models import Entry
lag = ExpressionWrapper(F("mod_date") - F("pub_date"), output_field=DurationField())
try:
    result = list(Entry.objects.annotate(lag=lag).annotate(d=ExtractDay("lag")).values_list("d", flat=True)[:3])
except Exception as exc:
    result = (type(exc).__name__, str(exc))
