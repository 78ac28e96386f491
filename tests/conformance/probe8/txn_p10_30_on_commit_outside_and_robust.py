from bank.models import Account, Transfer
from django.db import transaction
log = []
transaction.on_commit(lambda: log.append("now"))
def bad():
    raise ValueError("x")
with transaction.atomic():
    transaction.on_commit(bad, robust=True)
    transaction.on_commit(lambda: log.append("after"))
result = log
