# durable=True inside another atomic block.
from django.db import transaction

try:
    with transaction.atomic():
        with transaction.atomic(durable=True):
            pass
except Exception as e:
    result = (type(e).__name__, str(e))
