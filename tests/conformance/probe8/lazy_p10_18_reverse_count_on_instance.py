from bank.models import Account, Transfer
from django.db import connection
a = Account.objects.get(pk=1)
r = (a.outgoing.count(), a.incoming.count(), a.outgoing.filter(amount__gt=5).exists(), a.incoming.first().amount)
result = (r, [q["sql"] for q in connection.queries])
