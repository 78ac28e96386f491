# raw().iterator() yields model instances; queries run each time.
from django.db import connection, reset_queries
from bank.models import Account

reset_queries()
rq = Account.objects.raw("SELECT * FROM bank_account ORDER BY id")
a = [x.owner for x in rq.iterator()]
b = [x.owner for x in rq]
c = [x.owner for x in rq]
result = (a, b == c, len(connection.queries))
