from bank.models import Account, Transfer
from django.db import connection
a = Account.objects.get(pk=1)
result = (list(a.outgoing.values_list("id", flat=True)), list(a.incoming.values_list("id", flat=True)), [q["sql"] for q in connection.queries])
