# The savepoint API: savepoint(), savepoint_rollback() and savepoint_commit().
from django.db import transaction
from bank.models import Account

with transaction.atomic():
    Account.objects.create(owner="Sp1", balance=1)
    sid = transaction.savepoint()
    Account.objects.create(owner="Sp2", balance=2)
    transaction.savepoint_rollback(sid)
    sid2 = transaction.savepoint()
    Account.objects.create(owner="Sp3", balance=3)
    transaction.savepoint_commit(sid2)
result = list(Account.objects.filter(id__gt=4).values_list("owner", flat=True))
