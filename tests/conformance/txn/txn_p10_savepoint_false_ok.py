from django.db import transaction
from bank.models import Account
with transaction.atomic():
    with transaction.atomic(savepoint=False):
        Account.objects.filter(pk=3).update(balance=3)
    with transaction.atomic(savepoint=False):
        Account.objects.filter(pk=4).update(balance=4)
result = list(Account.objects.values_list("balance", flat=True).order_by("pk"))
