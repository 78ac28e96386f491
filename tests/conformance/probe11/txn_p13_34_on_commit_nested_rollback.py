# on_commit registered in a savepoint that rolls back is discarded; the outer one runs.
from django.db import transaction

log = []
with transaction.atomic():
    transaction.on_commit(lambda: log.append("outer"))
    try:
        with transaction.atomic():
            transaction.on_commit(lambda: log.append("inner"))
            raise ValueError
    except ValueError:
        pass
    with transaction.atomic():
        transaction.on_commit(lambda: log.append("inner2"))
result = log
