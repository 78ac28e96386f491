from django.db import transaction
from django.db.models import F
from bank.models import Account, Transfer

def transfer(src, dst, amount):
    with transaction.atomic():
        Account.objects.filter(pk=src).update(balance=F("balance") - amount)
        Account.objects.filter(pk=dst).update(balance=F("balance") + amount)
        return Transfer.objects.create(source_id=src, target_id=dst, amount=amount)

t = transfer(1, 2, 25)
result = (t.pk, list(Account.objects.order_by("id").values_list("balance", flat=True)))
