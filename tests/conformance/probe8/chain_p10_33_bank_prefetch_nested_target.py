from bank.models import Account, Transfer
from django.db import connection
qs = Account.objects.prefetch_related("outgoing__target").order_by("id")
result = ([(a.owner, [t.target.owner for t in a.outgoing.all()]) for a in qs], [q["sql"] for q in connection.queries])
