from bank.models import Account, Transfer
from django.db.models import F
from django.db import connection
n = Account.objects.filter(outgoing__target__owner="Alice").update(balance=F("balance") - 1)
result = (n, connection.queries[0]["sql"], Account.objects.get(pk=4).balance)
