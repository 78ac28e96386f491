from bank.models import Account, Transfer
from django.db import connection
t = Transfer.objects.select_related("source").get(pk=2)
r = (t.source.owner, t.target.owner)
result = (r, len(connection.queries))
