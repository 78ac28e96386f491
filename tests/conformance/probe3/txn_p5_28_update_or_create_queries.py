# update_or_create SQL: SELECT ... FOR UPDATE is dropped on SQLite; savepoint used.
from django.db import connection, reset_queries
from bank.models import Account

reset_queries()
obj, created = Account.objects.update_or_create(owner="Alice", defaults={"balance": 1})
result = (created, obj.balance, [q["sql"] for q in connection.queries])
