# durable=True nested in another atomic() is refused even when the inner one is the durable one.
from django.db import transaction

try:
    with transaction.atomic():
        with transaction.atomic(durable=True):
            pass
    outcome = "ok"
except Exception as exc:
    outcome = "%s: %s" % (type(exc).__name__, exc)
result = outcome
