# on_commit callbacks run after the outermost COMMIT, in order; none on rollback.
from django.db import transaction
from bank.models import Account

log = []
with transaction.atomic():
    Account.objects.filter(pk=1).update(balance=1)
    transaction.on_commit(lambda: log.append("first"))
    with transaction.atomic():
        transaction.on_commit(lambda: log.append("second"))
    log.append("inside")
try:
    with transaction.atomic():
        transaction.on_commit(lambda: log.append("never"))
        raise KeyError("x")
except KeyError:
    log.append("rolled back")
transaction.on_commit(lambda: log.append("immediate"))
result = log
