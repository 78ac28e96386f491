from django.db.models import F
try:
    F("x").desc(nulls_first=True, nulls_last=True)
    result = "ok"
except Exception as exc:
    result = (type(exc).__name__, str(exc))
