from bank.models import Account, Transfer
from django.db import connection
a, b = Account.objects.get(pk=1), Account.objects.get(pk=3)
t = Transfer.objects.create(source=a, target=b, amount=7)
result = (t.source_id, t.target_id, t.source is a, Account.objects.get(pk=3).incoming.count(), [q["sql"] for q in connection.queries])
