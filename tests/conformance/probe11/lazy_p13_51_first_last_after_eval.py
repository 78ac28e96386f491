# last() on an ordered, evaluated QuerySet reverses the ordering and queries again.
from django.db import connection
from bank.models import Account

qs = Account.objects.order_by("balance")
list(qs)
n0 = len(connection.queries)
f = qs.first()
n1 = len(connection.queries)
l = qs.last()
n2 = len(connection.queries)
result = (f.owner, n1 - n0, l.owner, n2 - n1)
