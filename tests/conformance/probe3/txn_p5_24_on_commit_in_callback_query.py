# on_commit callback runs after COMMIT and can query.
from django.db import connection, reset_queries, transaction
from bank.models import Account

seen = []
reset_queries()
with transaction.atomic():
    Account.objects.create(owner="Zed", balance=1)
    transaction.on_commit(lambda: seen.append(Account.objects.count()))
result = (seen, [q["sql"] for q in connection.queries])
