# nested atomic blocks: the SAVEPOINT SQL in connection.queries.
from django.db import connection, reset_queries, transaction
from bank.models import Account

reset_queries()
with transaction.atomic():
    Account.objects.filter(pk=1).update(balance=1)
    with transaction.atomic():
        Account.objects.filter(pk=2).update(balance=2)
result = [q["sql"] for q in connection.queries]
