from django.db import transaction
from django.db.models import F

from bank.models import Account, Transfer


def transfer(source_id, target_id, amount):
    with transaction.atomic():
        Account.objects.filter(pk=source_id).update(balance=F("balance") - amount)
        try:
            Account.objects.get(pk=target_id)
        except Account.DoesNotExist:
            return None
        Account.objects.filter(pk=target_id).update(balance=F("balance") + amount)
        return Transfer.objects.create(source_id=source_id, target_id=target_id, amount=amount)
