from django.db import transaction
log = []
def first():
    log.append("first")
    transaction.on_commit(lambda: log.append("registered later"))
with transaction.atomic():
    transaction.on_commit(first)
    transaction.on_commit(lambda: log.append("second"))
result = log
