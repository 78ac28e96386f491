from bank.models import Account, Transfer
from django.db import transaction, connection
from django.db.models import F
class Overdraft(Exception):
    pass
def transfer(src, dst, amt):
    with transaction.atomic():
        s, d = Account.objects.select_for_update().filter(pk__in=[src, dst]).order_by("pk")
        Account.objects.filter(pk=src).update(balance=F("balance") - amt)
        Account.objects.filter(pk=dst).update(balance=F("balance") + amt)
        if Account.objects.filter(pk=src, balance__lt=0).exists():
            raise Overdraft(src)
        Transfer.objects.create(source_id=src, target_id=dst, amount=amt)
res = []
for args in [(1, 2, 60), (1, 3, 60), (2, 3, 110)]:
    try:
        transfer(*args)
        res.append("ok")
    except Overdraft as e:
        res.append("overdraft %s" % e)
result = (res, list(Account.objects.order_by("id").values_list("balance", flat=True)), Transfer.objects.count(), len(connection.queries))
