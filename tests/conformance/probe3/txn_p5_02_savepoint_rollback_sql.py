# inner atomic raising: ROLLBACK TO SAVEPOINT in the queries.
from django.db import connection, reset_queries, transaction
from bank.models import Account

reset_queries()
with transaction.atomic():
    Account.objects.filter(pk=1).update(balance=1)
    try:
        with transaction.atomic():
            Account.objects.filter(pk=2).update(balance=2)
            raise ValueError("x")
    except ValueError:
        pass
result = ([q["sql"] for q in connection.queries], list(Account.objects.order_by("pk").values_list("balance", flat=True)))
