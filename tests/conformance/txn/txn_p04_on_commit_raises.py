from django.db import transaction
from bank.models import Account
def boom():
    raise ValueError("callback failed")
try:
    with transaction.atomic():
        Account.objects.filter(pk=1).update(balance=9)
        transaction.on_commit(boom)
except ValueError as exc:
    err = str(exc)
result = (err, Account.objects.get(pk=1).balance)
