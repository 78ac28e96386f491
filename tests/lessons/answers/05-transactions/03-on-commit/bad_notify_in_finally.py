from django.db import transaction
from django.db.models import F

from bank.models import Account, Transfer


def pay(source_id, target_id, amount, notify):
    t = None
    try:
        with transaction.atomic():
            t = Transfer.objects.create(source_id=source_id, target_id=target_id, amount=amount)
            if not Account.objects.filter(pk=source_id, balance__gte=amount).update(
                    balance=F("balance") - amount):
                raise ValueError("insufficient funds")
            Account.objects.filter(pk=target_id).update(balance=F("balance") + amount)
    finally:
        if t is not None:
            notify(t.pk)
    return t
