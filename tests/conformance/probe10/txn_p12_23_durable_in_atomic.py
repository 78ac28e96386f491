from django.db import transaction
try:
    with transaction.atomic():
        with transaction.atomic(durable=True):
            pass
    result = "ok"
except Exception as exc:
    result = (type(exc).__name__, str(exc))
