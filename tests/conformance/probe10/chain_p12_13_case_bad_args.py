from django.db.models import Case, When, Value
try:
    Case(Value(1))
    result = "ok"
except Exception as exc:
    result = (type(exc).__name__, str(exc))
