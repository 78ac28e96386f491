# on_commit() outside atomic() runs the callback at once.
from django.db import transaction

log = []
transaction.on_commit(lambda: log.append("now"))
log.append("after")
result = log
