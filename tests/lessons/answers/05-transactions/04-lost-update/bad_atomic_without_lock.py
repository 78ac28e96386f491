from django.db import transaction

from bank.models import Account


@transaction.atomic
def deposit(account, amount):
    fresh = Account.objects.get(pk=account.pk)
    fresh.balance = fresh.balance + amount
    fresh.save()
