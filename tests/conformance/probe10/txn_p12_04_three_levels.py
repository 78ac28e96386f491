from django.db import transaction, connection
from bank.models import Account
log = []
with transaction.atomic():
    Account.objects.filter(pk=1).update(balance=1)
    with transaction.atomic():
        Account.objects.filter(pk=2).update(balance=2)
        try:
            with transaction.atomic():
                Account.objects.filter(pk=3).update(balance=3)
                raise KeyError("deep")
        except KeyError as exc:
            log.append(repr(exc))
    log.append(connection.in_atomic_block)
log.append(connection.in_atomic_block)
result = (log, list(Account.objects.order_by("id").values_list("balance", flat=True)), [q["sql"] for q in connection.queries if "SAVEPOINT" in q["sql"]])
