# An exception inside atomic() undoes the update and the insert.
from django.db import transaction
from django.db.models import F
from bank.models import Account, Transfer

try:
    with transaction.atomic():
        Account.objects.filter(pk=1).update(balance=F("balance") - 30)
        Transfer.objects.create(source_id=1, target_id=2, amount=30)
        raise RuntimeError("network down")
except RuntimeError as exc:
    caught = str(exc)
result = (caught, Account.objects.get(pk=1).balance, Transfer.objects.count())
