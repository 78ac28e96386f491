from django.db.models.functions import Greatest
try:
    Greatest("rating")
    result = "ok"
except Exception as exc:
    result = (type(exc).__name__, str(exc))
