from django.db import transaction
log = []
def bad():
    raise ValueError("bad callback")
with transaction.atomic():
    transaction.on_commit(bad, robust=True)
    transaction.on_commit(lambda: log.append("after bad"))
result = log
