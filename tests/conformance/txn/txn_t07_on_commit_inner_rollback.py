# A callback registered in a rolled-back savepoint is discarded; the outer one runs.
from django.db import transaction
from bank.models import Account

log = []
with transaction.atomic():
    transaction.on_commit(lambda: log.append("outer"))
    try:
        with transaction.atomic():
            Account.objects.filter(pk=2).update(balance=0)
            transaction.on_commit(lambda: log.append("inner"))
            raise ValueError
    except ValueError:
        pass
result = (log, Account.objects.get(pk=2).balance)
