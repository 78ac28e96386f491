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
    log.append("end of block")
result = log
