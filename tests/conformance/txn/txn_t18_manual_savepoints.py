# Manual savepoint(), savepoint_rollback() and savepoint_commit() inside atomic().
from django.db import transaction
from bank.models import Account

with transaction.atomic():
    Account.objects.filter(pk=1).update(balance=11)
    sid = transaction.savepoint()
    Account.objects.filter(pk=2).update(balance=22)
    transaction.savepoint_rollback(sid)
    sid2 = transaction.savepoint()
    Account.objects.filter(pk=3).update(balance=33)
    transaction.savepoint_commit(sid2)
result = (list(Account.objects.order_by("id").values_list("balance", flat=True)), sid is not None)
