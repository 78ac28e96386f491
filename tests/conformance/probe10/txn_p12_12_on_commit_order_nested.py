from django.db import transaction
log = []
with transaction.atomic():
    transaction.on_commit(lambda: log.append("a"))
    with transaction.atomic():
        transaction.on_commit(lambda: log.append("b"))
    try:
        with transaction.atomic():
            transaction.on_commit(lambda: log.append("c"))
            raise ValueError
    except ValueError:
        pass
    transaction.on_commit(lambda: log.append("d"))
    log.append("end of block")
result = log
