# connection.queries entries have sql and time keys.
from django.db import connection, reset_queries
from bank.models import Account

reset_queries()
Account.objects.count()
q = connection.queries[0]
result = (sorted(q.keys()), type(q["time"]).__name__, q["sql"])
