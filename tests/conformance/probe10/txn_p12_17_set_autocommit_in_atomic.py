from django.db import transaction
try:
    with transaction.atomic():
        transaction.set_autocommit(False)
    result = "ok"
except Exception as exc:
    result = (type(exc).__name__, str(exc))
