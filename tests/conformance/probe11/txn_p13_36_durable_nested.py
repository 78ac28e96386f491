# atomic(durable=True) nested inside atomic() is refused.
from django.db import transaction

try:
    with transaction.atomic():
        with transaction.atomic(durable=True):
            pass
except RuntimeError as exc:
    result = str(exc)
