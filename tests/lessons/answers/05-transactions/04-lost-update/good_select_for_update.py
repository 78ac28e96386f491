from django.db import transaction

from bank.models import Account


def deposit(account, amount):
    with transaction.atomic():
        locked = Account.objects.select_for_update().get(pk=account.pk)
        locked.balance += amount
        locked.save(update_fields=["balance"])
