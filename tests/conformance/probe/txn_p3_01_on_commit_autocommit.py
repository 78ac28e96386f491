# on_commit() outside atomic() runs the callback immediately.
from django.db import transaction

log = []
transaction.on_commit(lambda: log.append("ran"))
log.append("after register")
result = log
