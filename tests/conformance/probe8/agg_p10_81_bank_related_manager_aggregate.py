from bank.models import Account, Transfer
from django.db.models import Sum
from django.db import connection
a = Account.objects.get(pk=4)
result = (a.outgoing.aggregate(Sum("amount")), a.incoming.aggregate(Sum("amount")), [q["sql"] for q in connection.queries])
