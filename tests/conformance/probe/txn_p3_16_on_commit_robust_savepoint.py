# on_commit(robust=True) callbacks that raise are logged and skipped; others still run.
from django.db import transaction

log = []


def boom():
    raise ValueError("callback failed")


with transaction.atomic():
    transaction.on_commit(boom, robust=True)
    with transaction.atomic():
        transaction.on_commit(lambda: log.append("second"))
result = log
