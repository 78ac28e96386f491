from bank.models import Account, Transfer
from django.db.models import prefetch_related_objects
from django.db import connection
accs = list(Account.objects.order_by("id"))
prefetch_related_objects(accs, "outgoing__target", "incoming")
result = ([(a.id, [t.target.owner for t in a.outgoing.all()], len(a.incoming.all())) for a in accs], len(connection.queries))
