# get_rollback()/set_rollback() outside atomic() raise TransactionManagementError.
from django.db import transaction

out = []
for call in (transaction.get_rollback, lambda: transaction.set_rollback(True)):
    try:
        call()
    except transaction.TransactionManagementError as exc:
        out.append(str(exc))
result = out
