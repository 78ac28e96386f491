# on_commit order across nested blocks, with a rolled-back inner block.
from django.db import transaction

log = []
with transaction.atomic():
    transaction.on_commit(lambda: log.append(1))
    try:
        with transaction.atomic():
            transaction.on_commit(lambda: log.append(2))
            raise RuntimeError
    except RuntimeError:
        pass
    with transaction.atomic():
        transaction.on_commit(lambda: log.append(3))
    transaction.on_commit(lambda: log.append(4))
    log.append("body")
result = log
