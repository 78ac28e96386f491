from django.db import transaction
try:
    with transaction.atomic():
        transaction.commit()
except Exception as exc:
    result = (type(exc).__name__, str(exc))
