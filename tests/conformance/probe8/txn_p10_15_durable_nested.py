from bank.models import Account, Transfer
from django.db import transaction
try:
    with transaction.atomic():
        with transaction.atomic(durable=True):
            pass
    r = "ok"
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r
