from django.db.models.functions import Substr
try:
    Substr("name", 0)
    result = "ok"
except Exception as exc:
    result = (type(exc).__name__, str(exc))
