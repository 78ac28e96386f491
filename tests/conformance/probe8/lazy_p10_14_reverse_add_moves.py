from bank.models import Account, Transfer
from django.db import connection
a = Account.objects.get(pk=3)
t = Transfer.objects.get(pk=2)
a.outgoing.add(t)
result = (Transfer.objects.get(pk=2).source_id, t.source_id, [q["sql"] for q in connection.queries])
