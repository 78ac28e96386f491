from django.db import transaction
from django.db.models import F

from bank.models import Account, Transfer


def transfer(source_id, target_id, amount):
    with transaction.atomic():
        source = Account.objects.select_for_update().get(pk=source_id)
        target = Account.objects.select_for_update().get(pk=target_id)
        source.balance = F("balance") - amount
        source.save(update_fields=["balance"])
        target.balance = F("balance") + amount
        target.save(update_fields=["balance"])
        return Transfer.objects.create(source=source, target=target, amount=amount)
