from django.db import transaction
from bank.models import Account
with transaction.atomic():
    Account.objects.filter(pk=1).update(balance=1)
    sid = transaction.savepoint()
    Account.objects.filter(pk=2).update(balance=2)
    transaction.savepoint_rollback(sid)
result = list(Account.objects.order_by("id").values_list("balance", flat=True))
