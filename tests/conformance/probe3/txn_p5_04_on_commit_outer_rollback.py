# outer rollback discards all callbacks.
from django.db import transaction

log = []
try:
    with transaction.atomic():
        transaction.on_commit(lambda: log.append(1))
        with transaction.atomic():
            transaction.on_commit(lambda: log.append(2))
        raise KeyError("boom")
except KeyError as e:
    log.append(repr(e))
result = log
