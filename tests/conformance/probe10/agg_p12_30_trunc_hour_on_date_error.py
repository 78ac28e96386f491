from django.db.models.functions import TruncHour
from blog.models import Entry
try:
    result = list(Entry.objects.annotate(h=TruncHour("pub_date")).values_list("h", flat=True)[:1])
except Exception as exc:
    result = (type(exc).__name__, str(exc))
