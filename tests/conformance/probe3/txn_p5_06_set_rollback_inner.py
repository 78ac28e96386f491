# set_rollback(True) in an inner block rolls only that savepoint back.
from django.db import transaction
from bank.models import Account

with transaction.atomic():
    Account.objects.filter(pk=1).update(balance=11)
    with transaction.atomic():
        Account.objects.filter(pk=2).update(balance=22)
        transaction.set_rollback(True)
result = list(Account.objects.order_by("pk").values_list("balance", flat=True))
