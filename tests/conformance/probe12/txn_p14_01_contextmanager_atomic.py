# A contextmanager wrapping transaction.atomic() and logging the outcome.
from contextlib import contextmanager
from django.db import transaction
from django.db.models import F
from bank.models import Account

log = []

@contextmanager
def unit_of_work(name):
    try:
        with transaction.atomic():
            yield
        log.append(f"{name}: committed")
    except ValueError as exc:
        log.append(f"{name}: rolled back ({exc})")

with unit_of_work("ok"):
    Account.objects.filter(pk=1).update(balance=F("balance") + 5)
with unit_of_work("bad"):
    Account.objects.filter(pk=2).update(balance=F("balance") + 5)
    raise ValueError("boom")
result = (log, list(Account.objects.filter(pk__in=[1, 2]).order_by("pk").values_list("balance", flat=True)))
