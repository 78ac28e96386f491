# a raw query is not executed until iterated.
from django.db import connection, reset_queries
from bank.models import Account

reset_queries()
rq = Account.objects.raw("SELECT * FROM bank_account")
n0 = len(connection.queries)
first = rq[0]
result = (n0, len(connection.queries), connection.queries[-1]["sql"])
