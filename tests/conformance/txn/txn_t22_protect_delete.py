# Deleting an account with transfers is refused (PROTECT); nothing is deleted.
from django.db import transaction
from django.db.models import ProtectedError
from bank.models import Account, Transfer

Transfer.objects.create(source_id=1, target_id=2, amount=5)
try:
    Account.objects.get(pk=1).delete()
except ProtectedError as exc:
    err = type(exc).__name__
result = (err, Account.objects.count())
