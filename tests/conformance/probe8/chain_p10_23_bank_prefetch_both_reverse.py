from bank.models import Account, Transfer
from django.db import connection
qs = Account.objects.prefetch_related("outgoing", "incoming").order_by("id")
result = ([(a.owner, [t.id for t in a.outgoing.all()], [t.id for t in a.incoming.all()]) for a in qs],
          [q["sql"] for q in connection.queries])
