from django.db.models import F

from bank.models import Account, Transfer


def transfer(source_id, target_id, amount):
    Account.objects.filter(pk=source_id).update(balance=F("balance") - amount)
    if not Account.objects.filter(pk=target_id).update(balance=F("balance") + amount):
        Account.objects.filter(pk=source_id).update(balance=F("balance") + amount)
        raise Account.DoesNotExist("no account %s" % target_id)
    return Transfer.objects.create(source_id=source_id, target_id=target_id, amount=amount)
