# transaction.savepoint() ids and savepoint_rollback/commit.
from django.db import connection, reset_queries, transaction
from bank.models import Account

reset_queries()
with transaction.atomic():
    sid = transaction.savepoint()
    Account.objects.filter(pk=1).update(balance=0)
    transaction.savepoint_rollback(sid)
    sid2 = transaction.savepoint()
    Account.objects.filter(pk=2).update(balance=0)
    transaction.savepoint_commit(sid2)
result = (sid, sid2, [q["sql"] for q in connection.queries], list(Account.objects.order_by("pk").values_list("balance", flat=True)))
