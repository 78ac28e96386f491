# atomic as a decorator: the function body runs in one transaction.
from django.db import transaction
from bank.models import Account


@transaction.atomic
def deposit(pk, amount):
    acc = Account.objects.get(pk=pk)
    acc.balance += amount
    acc.save()
    return acc.balance


result = (deposit(1, 5), deposit.__name__)
