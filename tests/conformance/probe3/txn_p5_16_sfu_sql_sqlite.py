# select_for_update on SQLite: no FOR UPDATE in SQL.
from django.db import connection, reset_queries, transaction
from bank.models import Account

reset_queries()
with transaction.atomic():
    a = Account.objects.select_for_update().get(pk=1)
    a.balance -= 10
    a.save()
result = [q["sql"] for q in connection.queries]
