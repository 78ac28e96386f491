from django.db import transaction
from bank.models import Account
with transaction.atomic(using="default", savepoint=True):
    Account.objects.filter(pk=1).update(balance=2)
    with transaction.atomic("default"):
        Account.objects.filter(pk=2).update(balance=3)
result = list(Account.objects.values_list("balance", flat=True).order_by("pk"))[:2]
