from bank.models import Account, Transfer
from django.db import transaction
a = Account.objects.get(pk=1)
try:
    with transaction.atomic():
        a.balance = 0
        a.save()
        raise RuntimeError("x")
except RuntimeError:
    pass
result = (a.balance, Account.objects.get(pk=1).balance)
