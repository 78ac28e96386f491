from django.db import transaction
log = []
transaction.on_commit(lambda: log.append(1))
result = log
