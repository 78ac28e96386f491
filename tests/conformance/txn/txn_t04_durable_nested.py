# durable=True cannot be nested inside another atomic block.
from django.db import transaction
from bank.models import Account

try:
    with transaction.atomic():
        Account.objects.filter(pk=1).update(balance=1)
        with transaction.atomic(durable=True):
            pass
except Exception as exc:
    err = "%s: %s" % (type(exc).__name__, exc)
result = (err, Account.objects.get(pk=1).balance)
