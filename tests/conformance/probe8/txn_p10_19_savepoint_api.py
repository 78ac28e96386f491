from bank.models import Account, Transfer
from django.db import transaction
from django.db.models import F
with transaction.atomic():
    sid = transaction.savepoint()
    Account.objects.filter(pk=1).update(balance=F("balance") - 1000)
    if Account.objects.get(pk=1).balance < 0:
        transaction.savepoint_rollback(sid)
    else:
        transaction.savepoint_commit(sid)
result = Account.objects.get(pk=1).balance
