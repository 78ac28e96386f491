from bank.models import Account, Transfer
from django.db import transaction
log = []
with transaction.atomic():
    transaction.on_commit(lambda: log.append("outer"))
    try:
        with transaction.atomic():
            transaction.on_commit(lambda: log.append("inner-rolled"))
            raise RuntimeError
    except RuntimeError:
        pass
    with transaction.atomic():
        transaction.on_commit(lambda: log.append("inner-kept"))
    log.append("body")
result = log
