from django.db.models.functions import ExtractHour
from blog.models import Entry
try:
    result = list(Entry.objects.annotate(h=ExtractHour("pub_date")).values_list("h", flat=True)[:1])
except Exception as exc:
    result = (type(exc).__name__, str(exc))
