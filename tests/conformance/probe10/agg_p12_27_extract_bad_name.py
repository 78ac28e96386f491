from django.db.models.functions import Extract
from blog.models import Entry
try:
    result = list(Entry.objects.annotate(x=Extract("pub_date", "fortnight")).values_list("x", flat=True))
except Exception as exc:
    result = (type(exc).__name__, str(exc))
