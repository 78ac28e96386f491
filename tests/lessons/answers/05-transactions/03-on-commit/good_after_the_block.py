from django.db import transaction
from django.db.models import F

from bank.models import Account, Transfer


def pay(source_id, target_id, amount, notify):
    with transaction.atomic():
        debited = (Account.objects.filter(pk=source_id, balance__gte=amount)
                   .update(balance=F("balance") - amount))
        if not debited:
            raise ValueError("insufficient funds")
        Account.objects.filter(pk=target_id).update(balance=F("balance") + amount)
        t = Transfer.objects.create(source_id=source_id, target_id=target_id, amount=amount)
    notify(t.pk)
    return t
