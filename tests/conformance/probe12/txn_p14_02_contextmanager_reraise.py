# A contextmanager around atomic() that re-raises the error.
from contextlib import contextmanager
from django.db import transaction
from bank.models import Account

@contextmanager
def atomic_logged():
    with transaction.atomic():
        yield

try:
    with atomic_logged():
        Account.objects.create(owner="Temp", balance=1)
        raise KeyError("k")
except KeyError as exc:
    err = repr(exc)
result = (err, Account.objects.filter(owner="Temp").exists())
