from django.db import transaction
try:
    with transaction.atomic():
        transaction.on_commit("not callable")
    result = "ok"
except Exception as exc:
    result = (type(exc).__name__, str(exc))
