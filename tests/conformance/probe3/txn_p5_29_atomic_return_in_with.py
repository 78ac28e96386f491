# returning from inside with atomic() commits.
from django.db import transaction
from bank.models import Account


def f():
    with transaction.atomic():
        Account.objects.filter(pk=3).update(balance=33)
        return Account.objects.get(pk=3).balance


result = (f(), Account.objects.get(pk=3).balance, transaction.get_autocommit())
