# on_commit registered from inside an on_commit callback (autocommit then) runs at once.
from django.db import transaction

log = []


def first():
    log.append("first")
    transaction.on_commit(lambda: log.append("inner"))


with transaction.atomic():
    transaction.on_commit(first)
    transaction.on_commit(lambda: log.append("second"))
result = log
