from django.db.models import Case, When, Q, Value
try:
    When(Q(), then=Value(1))
    result = "ok"
except Exception as exc:
    result = (type(exc).__name__, str(exc))
