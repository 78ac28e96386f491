from bank.models import Account, Transfer
from django.db import connection
t = Transfer.objects.get(pk=1)
names = (t.source.owner, t.target.owner, t.source.owner)
result = (names, t.source_id, t.target_id, len(connection.queries))
