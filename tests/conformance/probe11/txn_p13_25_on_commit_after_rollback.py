# on_commit callbacks run after COMMIT, and not at all after a rollback.
from django.db import transaction
from bank.models import Account

log = []
with transaction.atomic():
    Account.objects.create(owner="Judy", balance=1)
    transaction.on_commit(lambda: log.append("committed"))
    log.append("in block")
try:
    with transaction.atomic():
        transaction.on_commit(lambda: log.append("never"))
        raise RuntimeError
except RuntimeError:
    log.append("rolled back")
result = log
