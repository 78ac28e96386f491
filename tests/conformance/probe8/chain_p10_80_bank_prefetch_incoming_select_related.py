from bank.models import Account, Transfer
from django.db.models import Prefetch
from django.db import connection
qs = Account.objects.prefetch_related(Prefetch("incoming", queryset=Transfer.objects.select_related("source"))).order_by("id")
result = ([(a.id, [t.source.owner for t in a.incoming.all()]) for a in qs], [q["sql"] for q in connection.queries])
